#pragma once

#include "core/search/VectorTable.h"

#include <cstdint>
#include <span>

namespace soundalike {

// How well a map keeps each track's neighbourhood, the full space's figures beside the map's.
struct NeighbourhoodQuality
{
    int k = 10;
    std::size_t queries = 0;
    // Share of a query's k nearest tracks that carry its label (precision@k), in the full space and on the
    // map.
    double labelAgreementFull = 0;
    double labelAgreementMap = 0;
    // The same, leaving out neighbours of the query's own group (artist), as docs/quality.md's headline
    // figure.
    double filteredAgreementFull = 0;
    double filteredAgreementMap = 0;
    // Venna & Kaski's trustworthiness: 1 when every map neighbour is also a full-space neighbour, lower the
    // farther (by full-space rank) the intruders come from; about 0.5 for a random map.
    double trustworthiness = 0;
    // Share of the map's k nearest that are among the full space's k nearest.
    double neighbourRecall = 0;
};

// What is known of each table row.
struct RowLabels
{
    std::span<const int> labels;          // negative: unlabelled (never a query, never agrees)
    std::span<const int> groups;          // may be empty: no group filter
    std::span<const std::uint8_t> asking; // which labelled rows are queries; empty: all of them
};

// Measures a map (x, y interleaved by table row) against its table, over its labelled rows. At most
// `maxQueries` of them, spread over the table, are queries (each costs a pass over every row).
[[nodiscard]] NeighbourhoodQuality measureNeighbourhoods(const VectorTable& table, std::span<const float> xy,
                                                         const RowLabels& rows, int k,
                                                         std::size_t maxQueries);

} // namespace soundalike
