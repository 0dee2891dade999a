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
    // rise, so the value it had when last looked at bounds its value now from above. The candidates wait in
    // a heap by that bound; each step takes them from the top until the bound falls below the best value
    // found: the same pick as looking at every candidate, for a fraction of the exp() calls. A candidate the
    // rules rule out for good (taken, same song, over the cap or the time left, a copy of a seed) leaves the
    // heap; one kept out by the artist gap goes back in after the step.
    using Bound = std::pair<float, std::size_t>;
    const auto lower = [](const Bound& a, const Bound& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    };
    std::vector<Bound> heap;
    heap.reserve(n);
    for (std::size_t c = 0; c < n; ++c)
        heap.emplace_back(std::numeric_limits<float>::infinity(), c);
    std::vector<Bound> back;
    while (int(state.taken()) < rules.count) {
        Pick best;
        float bestValue = -std::numeric_limits<float>::infinity();
        bool found = false;
        back.clear();
        while (!heap.empty() && heap.front().first >= bestValue) {
            const Bound top = heap.front();
            std::pop_heap(heap.begin(), heap.end(), lower);
            heap.pop_back();
            const std::size_t c = top.second;
            const SelectionState::Verdict verdict = state.check(c);
            if (verdict == SelectionState::Verdict::Gap)
                back.push_back(top);
            if (verdict != SelectionState::Verdict::Open)
                continue;
            const auto pick = bestReason(c, rules, state, quota);
            if (!pick)
                continue;
            // Likeness to the picks is folded in only until the candidate can no longer win.
            const float base = pick->score + nudge[c];
            const float enough = diversity > 0 && found ? (base - bestValue) / diversity
                                                        : std::numeric_limits<float>::infinity();
            float value = base - diversity * state.redundancy(c, enough);
            if (value >= bestValue && !state.upToDate(c))
                value = base - diversity * state.redundancy(c);
            // Ties go to the first candidate, as a scan in pool order would have it.
            if (value > bestValue || (found && value == bestValue && c < best.candidate)) {
                bestValue = value;
                best = *pick;
                found = true;
            }
            back.emplace_back(value, c);
        }
        for (const Bound& b : back) {
            heap.push_back(b);
            std::push_heap(heap.begin(), heap.end(), lower);
        }
        if (!found) {
            for (std::size_t c = 0; c < n; ++c)
                (void)state.note(state.check(c)); // why nothing fits: the gap, the cap, the time or none left
            break;
        }
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
