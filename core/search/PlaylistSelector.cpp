#include "core/search/PlaylistSelector.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <random>

namespace soundalike {

namespace {

// A small random nudge, the same for a given random seed, so "generate again" with another seed can swap
// near-equal tracks without ever overruling a clear difference.
constexpr float kJitter = 0.02f;
// Relevance given to candidates whose every seed has had its share: below any other candidate.
constexpr float kOverQuota = 2.0f;

std::vector<float> jitter(std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<float> out(count);
    for (float& j : out)
        j = kJitter * float(double(random() >> 11) * 0x1.0p-53);
    return out;
}

} // namespace

PlaylistSelector::PlaylistSelector(const CandidatePool& pool, const Relevance& relevance)
    : m_pool(pool), m_relevance(relevance)
{}

SelectionResult PlaylistSelector::select(const SelectionRules& rules) const
{
    const std::size_t n = m_pool.size();
    const std::vector<float> nudge = jitter(n, rules.randomSeed);
    const int length = rules.expected > 0 ? std::min(rules.expected, rules.count) : rules.count;
    const int quota = (length + rules.seeds - 1) / rules.seeds;
    const float diversity = float(rules.diversity);
    SelectionState state(m_pool, m_relevance, rules);
    // Lazy greedy: a candidate's score can only fall (its seeds get their share) and its redundancy only
    // rise, so its value with the score it last had and the redundancy known so far bounds its value now
    // from above. Each step looks at candidates by that bound, best first, and stops at the first bound
    // below the best value found: the same pick as looking at all of them, for a fraction of the exp() calls.
    std::vector<float> lastScore(n, std::numeric_limits<float>::infinity());
    std::vector<char> sameAsSeed(n, 0);
    std::vector<std::pair<float, std::size_t>> open;
    const auto lower = [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    };
    while (int(state.taken()) < rules.count) {
        open.clear();
        for (std::size_t c = 0; c < n; ++c) {
            if (state.note(state.check(c)) == SelectionState::Verdict::Open && !sameAsSeed[c])
                open.emplace_back(lastScore[c] + nudge[c] - diversity * state.knownRedundancy(c), c);
        }
        std::make_heap(open.begin(), open.end(), lower);
        Pick best;
        float bestValue = -std::numeric_limits<float>::infinity();
        bool found = false;
        while (!open.empty() && open.front().first >= bestValue) {
            const std::size_t c = open.front().second;
            std::pop_heap(open.begin(), open.end(), lower);
            open.pop_back();
            const auto pick = bestReason(c, rules, state, quota);
            if (!pick) {
                sameAsSeed[c] = 1;
                continue;
            }
            lastScore[c] = pick->score;
            const float value = pick->score + nudge[c] - diversity * state.redundancy(c);
            // Ties go to the first candidate, as a scan in pool order would have it.
            if (value > bestValue || (found && value == bestValue && c < best.candidate)) {
                bestValue = value;
                best = *pick;
                found = true;
            }
        }
        if (!found)
            break;
        state.take(best);
    }
    const bool complete = int(state.taken()) >= rules.count;
    return std::move(state).finish(complete);
}

std::optional<Pick> PlaylistSelector::bestReason(std::size_t c, const SelectionRules& rules,
                                                 const SelectionState& state, int quota) const
{
    constexpr float kNone = -std::numeric_limits<float>::infinity();
    Pick open{c, -1, false, kNone};
    Pick any{c, -1, false, kNone};
    for (int s = 0; s < rules.seeds; ++s) {
        if (m_relevance.similarity(c, s) >= rules.duplicateSimilarity)
            return std::nullopt; // the same recording as a seed
        const float score = m_relevance.score(c, s);
        if (state.takenFor(s) < quota && score > open.score)
            open = {c, s, false, score};
        if (score > any.score)
            any = {c, s, false, score};
    }
    Pick pick = open.seed >= 0 ? open : Pick{c, any.seed, false, any.score - kOverQuota};
    if (rules.centroid && m_relevance.score(c, rules.seeds) > pick.score)
        pick = {c, pick.seed, true, m_relevance.score(c, rules.seeds)};
    return pick;
}

} // namespace soundalike
