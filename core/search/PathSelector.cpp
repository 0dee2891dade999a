#include "core/search/PathSelector.h"

#include <limits>

namespace soundalike {

PathSelector::PathSelector(const CandidatePool& pool, const Relevance& relevance)
    : m_pool(pool), m_relevance(relevance)
{}

SelectionResult PathSelector::select(int points, const SelectionRules& rules) const
{
    SelectionState state(m_pool, m_relevance, rules);
    for (int point = 0; point < points && int(state.taken()) < rules.count; ++point) {
        Pick best{0, 0, false, -std::numeric_limits<float>::infinity()};
        for (std::size_t c = 0; c < m_pool.size(); ++c) {
            const SelectionState::Verdict verdict = state.note(state.check(c));
            const float similarity = m_relevance.similarity(c, point);
            if (verdict != SelectionState::Verdict::Open || similarity <= best.score)
                continue;
            int nearest = 0;
            bool sameAsSeed = false;
            for (int s = 0; s < rules.seeds; ++s) {
                const float toSeed = m_relevance.similarity(c, points + s);
                sameAsSeed |= toSeed >= rules.duplicateSimilarity;
                if (toSeed > m_relevance.similarity(c, points + nearest))
                    nearest = s;
            }
            if (!sameAsSeed)
                best = {c, nearest, false, similarity};
        }
        if (best.score == -std::numeric_limits<float>::infinity())
            return std::move(state).finish(false);
        state.take(best);
    }
    return std::move(state).finish(true);
}

} // namespace soundalike
