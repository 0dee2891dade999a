#pragma once

#include "core/search/VectorTable.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace soundalike {

// The k nearest neighbours of every vector of a table, by row: what a 2-D map of the library is laid out
// from. Rows, not track ids, so the layout can index its arrays directly.
struct NeighbourGraph
{
    int k = 0;
    std::vector<std::uint32_t> neighbours; // rows() × k table rows, nearest first, never the row itself
    std::vector<float> similarities;       // cosine similarity of each neighbour

    std::size_t rows() const { return k > 0 ? neighbours.size() / std::size_t(k) : 0; }
    std::span<const std::uint32_t> of(std::size_t row) const
    {
        return std::span<const std::uint32_t>(neighbours).subspan(row * std::size_t(k), std::size_t(k));
    }
};

// Reports rows done out of rows in all.
using GraphProgress = std::function<void(std::size_t done, std::size_t total)>;

// Each row's k nearest other rows (fewer when the table is smaller), through SimilarityIndex: exact up to its
// exact limit, the calibrated inverted-file index above it. nullopt when cancelled (checked between batches).
[[nodiscard]] std::optional<NeighbourGraph> nearestNeighbourGraph(const VectorTable& table, int k,
                                                                  const GraphProgress& progress,
                                                                  const std::atomic_bool& cancel);

// For each query vector (n × table.dimension() floats, normalised), its k nearest rows of `table`: where a
// new track belongs among tracks already placed.
[[nodiscard]] NeighbourGraph nearestRows(const VectorTable& table, std::span<const float> queries, int k);

} // namespace soundalike
