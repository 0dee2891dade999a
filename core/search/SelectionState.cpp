#include "core/search/SelectionState.h"

#include "core/common/AvxState.h"
#include "core/search/InnerProducts.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace soundalike {

namespace {

// At most this many floats of pick-to-candidate similarities are kept for later (16 MB); beyond, the oldest
// row is folded into every candidate that has not taken it in yet before it is overwritten.
constexpr std::size_t kRowBudget = std::size_t(1) << 22;

// Renumbers keys 0.. in order of first appearance; returns the count.
int renumber(const std::vector<int>& keys, std::vector<int>& out)
{
    std::unordered_map<int, int> numbers;
    out.resize(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        out[i] = numbers.try_emplace(keys[i], int(numbers.size())).first->second;
    return int(numbers.size());
}

} // namespace

SelectionState::SelectionState(const CandidatePool& pool, const Relevance& relevance,
                               const SelectionRules& rules)
    : m_pool(pool), m_relevance(relevance), m_rules(rules), m_taken(pool.size(), 0),
      m_closest(pool.size(), -std::numeric_limits<float>::infinity()), m_redundancy(pool.size(), 0.0f),
      m_perSeed(std::size_t(std::max(1, rules.seeds)), 0),
      m_ringRows(std::clamp<std::size_t>(kRowBudget / std::max<std::size_t>(1, pool.size()), 1,
                                         std::size_t(std::max(1, rules.count)))),
      m_folded(pool.size(), 0)
{
    std::vector<int> artists(pool.size()), songs(pool.size());
    for (std::size_t c = 0; c < pool.size(); ++c) {
        artists[c] = pool.entry(c).artist;
        songs[c] = pool.entry(c).song;
    }
    m_artistCount.assign(std::size_t(renumber(artists, m_artistOf)), 0);
    m_lastPlace.assign(m_artistCount.size(), -1);
    m_songTaken.assign(std::size_t(renumber(songs, m_songOf)), 0);
    clearAvxUpperState(); // redundancy() calls exp
}

SelectionState::Verdict SelectionState::check(std::size_t c) const
{
    if (m_taken[c] || m_songTaken[std::size_t(m_songOf[c])] || m_closest[c] >= m_rules.duplicateSimilarity)
        return Verdict::Never;
    if (m_rules.budgetMs > 0 && m_durationMs + m_pool.entry(c).meta.durationMs > m_rules.budgetMs)
        return Verdict::TooLong;
    const auto artist = std::size_t(m_artistOf[c]);
    if (m_rules.maxPerArtist > 0 && m_artistCount[artist] >= m_rules.maxPerArtist)
        return Verdict::Cap;
    if (m_rules.artistGap > 1 && m_lastPlace[artist] >= 0 &&
        int(m_picks.size()) - m_lastPlace[artist] < m_rules.artistGap)
        return Verdict::Gap;
    return Verdict::Open;
}

void SelectionState::take(const Pick& pick)
{
    const std::size_t n = m_pool.size();
    const std::size_t index = m_picks.size();
    const std::size_t taken = pick.candidate;
    const float* row = m_relevance.similaritiesTo(taken);
    if (!row)
        row = computeRow(index, taken);

    const auto artist = std::size_t(m_artistOf[taken]);
    m_taken[taken] = 1;
    m_songTaken[std::size_t(m_songOf[taken])] = 1;
    ++m_artistCount[artist];
    m_lastPlace[artist] = int(m_picks.size());
    m_durationMs += m_pool.entry(taken).meta.durationMs;
    if (!pick.viaCentroid && pick.seed >= 0 && pick.seed < int(m_perSeed.size()))
        ++m_perSeed[std::size_t(pick.seed)];
    m_picks.push_back(pick);
    m_sawGap = m_sawCap = m_sawTooLong = false;
    for (std::size_t c = 0; c < n; ++c) {
        if (!m_taken[c])
            m_closest[c] = std::max(m_closest[c], row[c]);
    }
}

const float* SelectionState::computeRow(std::size_t index, std::size_t taken)
{
    const std::size_t n = m_pool.size();
    const std::size_t slot = index % m_ringRows;
    if (index >= m_ringRows) {
        for (std::size_t c = 0; c < n; ++c) {
            if (!m_taken[c] && m_folded[c] <= index - m_ringRows)
                (void)redundancy(c);
        }
    }
    if ((slot + 1) * n > m_rows.size())
        m_rows.resize((slot + 1) * n);
    float* row = m_rows.data() + slot * n;
    innerProductsWith(m_pool.vectors().data(), n, m_pool.vector(taken), m_pool.dimension(), row);
    return row;
}

float SelectionState::similarity(std::size_t index, std::size_t c) const
{
    const std::size_t taken = m_picks[index].candidate;
    if (const float* row = m_relevance.similaritiesTo(taken))
        return row[c];
    return m_rows[(index % m_ringRows) * m_pool.size() + c];
}

float SelectionState::redundancy(std::size_t c, float enough)
{
    for (; m_folded[c] < m_picks.size() && m_redundancy[c] <= enough; ++m_folded[c]) {
        const std::size_t index = m_folded[c];
        m_redundancy[c] =
            std::max(m_redundancy[c], m_relevance.alike(c, m_picks[index].candidate, similarity(index, c)));
    }
    return m_redundancy[c];
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
