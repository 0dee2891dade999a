#pragma once

#include "core/search/CandidatePool.h"
#include "core/search/Relevance.h"
#include "core/search/SimilarityScale.h"

namespace soundalike {

// The artists of the candidates that fit a seed (SimilarityScale), and what the artist gap does to them. When
// the songs that fit come from fewer artists than the gap asks for, the gap lets only a few of them in and
// fills the places between with songs that do not fit: a style with three artists cannot keep a gap of five.
class FittingArtists
{
public:
    // `seeds`: the relevance queries that are seeds (the centroid, after them, is not one).
    FittingArtists(const CandidatePool& pool, const Relevance& relevance, const SimilarityScale& scale,
                   int seeds);

    // The widest gap, at most `asked` and never below 2 (no artist twice in a row), that leaves room in a
    // list of `length` for as many fitting songs as the list can hold: each artist can have one place in
    // every `gap`, and any `gap` places in a row hold an artist once. `asked` itself when it already does, or
    // when it is 1 or less (no rule); lowered, no wider than the number of artists the fitting songs are by.
    // `together`: the fitting songs are played one after another (Smooth flow), so the gap is no wider than
    // their artists as soon as they outnumber them.
    [[nodiscard]] int gapFor(int asked, int length, bool together) const;

private:
    // Fitting songs of each artist, one entry per artist; a song without an artist is one of its own.
    std::vector<int> m_perArtist;
    int m_fitting = 0;
};

} // namespace soundalike
