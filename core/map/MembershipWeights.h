#pragma once

#include "core/search/NeighbourGraph.h"

#include <cstdint>
#include <span>
#include <vector>

namespace soundalike {

// Undirected edges of the neighbour graph with UMAP's fuzzy membership strengths, listed in both directions
// (a → b and b → a), as the optimiser samples them.
struct WeightedEdges
{
    std::vector<std::uint32_t> head;
    std::vector<std::uint32_t> tail;
    std::vector<float> weight; // in (0, 1]

    std::size_t size() const { return weight.size(); }
};

// How strongly a point belongs with each of its k nearest neighbours (McInnes et al., UMAP, 2018): 1 for the
// nearest, falling off with the distance beyond it at a rate chosen per point so that the strengths add up to
// log2(k). Dense and sparse regions so count alike, which is what lets a map show both.
void membershipStrengths(std::span<const float> similarities, std::span<float> strengths);

// Each row's strengths, combined per pair as a fuzzy union (a + b - ab): a pair is close when either point
// sees the other as close.
[[nodiscard]] WeightedEdges symmetricMemberships(const NeighbourGraph& graph);

} // namespace soundalike
