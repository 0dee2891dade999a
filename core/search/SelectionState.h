#pragma once

#include "core/search/CandidatePool.h"
#include "core/search/Relevance.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace soundalike {

// The rules one selection runs under; the generator loosens artistGap and maxPerArtist when they block.
struct SelectionRules
{
    int count = 30;            // stop after this many
    int expected = 0;          // the length the seeds share out (0: count); differs when a time budget rules
    std::int64_t budgetMs = 0; // and never exceed this total length (0: no budget)
    int artistGap = 5;         // same artist at least this many places apart (<= 1: no rule)
    int fittingGap = 0;     // when > 0: the gap the artists of the songs that fit allow, below the one asked
    int maxPerArtist = 0;   // 0: no cap
    double diversity = 0.3; // weight of the similarity to tracks already chosen (MMR)
    float duplicateSimilarity = 2.0f;
    std::uint64_t randomSeed = 0;
    int seeds = 1;         // which relevance queries are seeds (see the selectors)
    bool centroid = false; // the seeds' centroid is a relevance query too
};

struct Pick
{
    std::size_t candidate = 0;
    int seed = 0; // index of the seed it was chosen for
    bool viaCentroid = false;
    float score = 0;
};

struct SelectionResult
{
    enum class Stop
    {
        Done,     // the count or the time budget is reached
        Blocked,  // candidates are left but the artist gap or cap rules them all out
        Exhausted // no candidates left
    };

    std::vector<Pick> picks;
    Stop stop = Stop::Done;
    bool blockedByCap = false; // when Blocked: the cap ruled out some candidates (else only the gap did)
};

// What a selection has taken so far and what that rules out next: songs already in (by normalised artist and
// title, or by near-identical vectors), the artist gap and cap, the time left.
class SelectionState
{
public:
    enum class Verdict
    {
        Open,
        Never,  // taken, or the same song as a taken track
        Gap,    // ruled out by the artist gap, for now
        Cap,    // ruled out by the per-artist cap
        TooLong // does not fit the time left
    };

    SelectionState(const CandidatePool& pool, const Relevance& relevance, const SelectionRules& rules);

    Verdict check(std::size_t candidate) const;
    void take(const Pick& pick);

    int takenFor(int seed) const { return m_perSeed[std::size_t(seed)]; }
    // How alike the candidate is to the most alike track taken so far, on the relevance scale (0 before the
    // first). Worked out when asked: each pick's likeness to a candidate costs two exp() calls, and most
    // candidates are never close to being chosen again (see PlaylistSelector). Stops early, with a lower
    // bound, once that bound exceeds `enough`; upToDate() then says false.
    float redundancy(std::size_t candidate, float enough = std::numeric_limits<float>::infinity());
    bool upToDate(std::size_t candidate) const { return m_folded[candidate] == m_picks.size(); }
    std::size_t taken() const { return m_picks.size(); }
    // Call for every candidate of a scan, then finish() says why the selection stopped.
    Verdict note(Verdict verdict);
    SelectionResult finish(bool complete) &&;

private:
    // The taken track's similarity to every candidate, kept in the ring (when Relevance has no whole-pool
    // similarities).
    const float* computeRow(std::size_t index, std::size_t taken);
    // Similarity of the index-th pick to a candidate.
    float similarity(std::size_t index, std::size_t candidate) const;

    const CandidatePool& m_pool;
    const Relevance& m_relevance;
    const SelectionRules& m_rules;
    std::vector<char> m_taken;
    std::vector<float> m_closest; // similarity to the closest taken track, for duplicates
    std::vector<float> m_redundancy;
    std::vector<int> m_perSeed;
    // Artists and songs renumbered 0.. within the pool, so the rules cost an array lookup.
    std::vector<int> m_artistOf;
    std::vector<int> m_songOf;
    std::vector<char> m_songTaken;
    std::vector<int> m_artistCount;
    std::vector<int> m_lastPlace; // -1: not yet placed
    // Similarities of the latest picks to every candidate, one row per pick in a ring of m_ringRows rows,
    // when Relevance has none; a candidate's redundancy has taken in the first m_folded[c] picks.
    std::vector<float> m_rows;
    std::size_t m_ringRows = 1;
    std::vector<std::uint32_t> m_folded;
    std::int64_t m_durationMs = 0;
    std::vector<Pick> m_picks;
    bool m_sawGap = false, m_sawCap = false, m_sawTooLong = false;
};

} // namespace soundalike
