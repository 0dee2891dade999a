#pragma once

#include "core/search/GenerationRequest.h"
#include "core/search/SearchSpace.h"

#include <span>
#include <vector>

namespace soundalike {

class CandidateSearch;
class SeedSet;
struct SearchAttempt;
struct SelectionRules;
class SimilarityScale;

// Seeds in, playlist out, over any vector source (see SearchSpace). For each seed its neighbours; a
// candidate scores by its best seed (hubs discounted by mutual proximity), each seed gets its share of the
// list, the seeds' centroid joins in only when the seeds are close to one another; maximal marginal relevance
// keeps the list varied; seeds, duplicates, the artist gap and cap, filters and a time budget are enforced,
// the artist gap lowered to what the artists of the songs that fit allow (FittingArtists), and the artist
// rules loosened when the tracks near the seeds run short (the playlist says both). Each
// pick fits its seed or not by the library's own scale (SimilarityScale); the playlist says when fewer fit
// than it holds, and Smooth flow puts those that do not after those that do. Ordered by similarity, as a
// smooth chain, or as a path from the first seed to the last. Deterministic for a given request, random seed
// included. const and thread-safe: run it off the GUI thread.
class PlaylistGenerator
{
public:
    explicit PlaylistGenerator(const SearchSpace& space) : m_space(space) {}

    // Throws std::invalid_argument, with a message fit for a user, for a request that cannot be served at
    // all: no seeds, a seed without a vector, a path with fewer than two seeds, nothing to fill.
    GeneratedPlaylist generate(const GenerationRequest& request) const;

private:
    void refuseWithoutOtherSongs(const std::vector<std::int64_t>& seeds) const;
    // `together`: Smooth flow, which plays the songs that fit one after another (see FittingArtists).
    SearchAttempt choose(const CandidateSearch& search, const SeedSet& seeds, const SelectionRules& rules,
                         const SimilarityScale& scale, bool together) const;
    SearchAttempt walk(const CandidateSearch& search, const SeedSet& seeds, const SelectionRules& rules,
                       int points) const;
    int pathLength(const SelectionRules& rules) const;
    GeneratedPlaylist assemble(const GenerationRequest& request, const SeedSet& seeds,
                               const SelectionRules& asked, const SimilarityScale& scale,
                               SearchAttempt& attempt, int wanted) const;
    // `artists`: each pick's artist, by the pick's index.
    std::vector<std::size_t> fittingFirst(const SeedSet& seeds, const SearchAttempt& attempt,
                                          const std::vector<char>& fits,
                                          const std::vector<int>& artists) const;
    std::vector<std::size_t> smoothOrder(const SeedSet& seeds, const SearchAttempt& attempt,
                                         const std::vector<std::size_t>& picks,
                                         std::span<const float> start) const;

    SearchSpace m_space;
};

} // namespace soundalike
