#include "core/search/SelectionState.h"

#include "core/search/InnerProducts.h"

#include <algorithm>
#include <limits>

namespace soundalike {

SelectionState::SelectionState(const CandidatePool& pool, const Relevance& relevance,
                               const SelectionRules& rules)
    : m_pool(pool), m_relevance(relevance), m_rules(rules), m_taken(pool.size(), 0),
      m_closest(pool.size(), -std::numeric_limits<float>::infinity()), m_redundancy(pool.size(), 0.0f),
      m_perSeed(std::size_t(std::max(1, rules.seeds)), 0)
{}

SelectionState::Verdict SelectionState::check(std::size_t c) const
{
    const auto& e = m_pool.entry(c);
    if (m_taken[c] || m_songs.count(e.song) || m_closest[c] >= m_rules.duplicateSimilarity)
        return Verdict::Never;
    if (m_rules.budgetMs > 0 && m_durationMs + e.meta.durationMs > m_rules.budgetMs)
        return Verdict::TooLong;
    if (m_rules.maxPerArtist > 0) {
        const auto it = m_artistCount.find(e.artist);
        if (it != m_artistCount.end() && it->second >= m_rules.maxPerArtist)
            return Verdict::Cap;
    }
    if (m_rules.artistGap > 1) {
        const auto it = m_lastPlace.find(e.artist);
        if (it != m_lastPlace.end() && int(m_picks.size()) - it->second < m_rules.artistGap)
            return Verdict::Gap;
    }
    return Verdict::Open;
}

void SelectionState::take(const Pick& pick)
{
    const auto& e = m_pool.entry(pick.candidate);
    m_taken[pick.candidate] = 1;
    m_songs.insert(e.song);
    ++m_artistCount[e.artist];
    m_lastPlace[e.artist] = int(m_picks.size());
    m_durationMs += e.meta.durationMs;
    if (!pick.viaCentroid && pick.seed >= 0 && pick.seed < int(m_perSeed.size()))
        ++m_perSeed[std::size_t(pick.seed)];
    m_picks.push_back(pick);
    m_sawGap = m_sawCap = m_sawTooLong = false;
    const float* v = m_pool.vector(pick.candidate);
    for (std::size_t c = 0; c < m_pool.size(); ++c) {
        const float similarity = dot(v, m_pool.vector(c), m_pool.dimension());
        m_closest[c] = std::max(m_closest[c], similarity);
        m_redundancy[c] = std::max(m_redundancy[c], m_relevance.alike(c, pick.candidate, similarity));
    }
}

SelectionState::Verdict SelectionState::note(Verdict verdict)
{
    m_sawGap |= verdict == Verdict::Gap;
    m_sawCap |= verdict == Verdict::Cap;
    m_sawTooLong |= verdict == Verdict::TooLong;
    return verdict;
}

SelectionResult SelectionState::finish(bool complete) &&
{
    using Stop = SelectionResult::Stop;
    const bool blocked = m_sawGap || m_sawCap;
    const Stop stop = complete       ? Stop::Done
                      : blocked      ? Stop::Blocked
                      : m_sawTooLong ? Stop::Done
                                     : Stop::Exhausted;
    return {std::move(m_picks), stop, m_sawCap};
}

} // namespace soundalike
