#pragma once

#include "core/search/SimilarityIndex.h"

#include <cstddef>
#include <vector>

namespace soundalike::test {

// How well an approximate search found the true neighbours: per query, the ids of the exact search's result
// that the approximate result holds too, summed over all queries, and how many the exact results held.
struct NeighbourRecall
{
    std::size_t found = 0;
    std::size_t wanted = 0;

    // The results of one set of queries, `exact` and `approximate` in the same query order.
    static NeighbourRecall of(const std::vector<std::vector<Neighbor>>& exact,
                              const std::vector<std::vector<Neighbor>>& approximate);
};

} // namespace soundalike::test
