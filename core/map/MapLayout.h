#pragma once

#include "core/search/VectorTable.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace soundalike {

// How a map is laid out. The defaults are the measured choices (docs/quality.md, "The library map").
struct LayoutOptions
{
    int neighbours = 15;
    // After the 250 iterations of early exaggeration.
    int iterations = 500;
    // For tracks placed beside an existing map.
    int placementIterations = 100;
    float dof = 1.0f; // of the map's kernel (TsneOptions::dof)
    int threads = 2;
    std::uint64_t seed = 1;
};

struct LayoutProgress
{
    enum class Stage
    {
        Neighbours, // the k-NN graph of the vectors
        Layout      // the t-SNE iterations
    };
    Stage stage = Stage::Neighbours;
    double fraction = 0; // of the whole layout, 0..1
};

using LayoutProgressSink = std::function<void(const LayoutProgress&)>;

// A 2-D map of the vectors on which tracks that sound alike sit together: t-SNE over the k-NN graph that
// faiss finds (core/search), started from the vectors' principal plane. Chosen over UMAP by measurement
// (docs/quality.md). x, y interleaved by table row; nullopt when cancelled. Progress reaches the sink from
// the calling thread.
[[nodiscard]] std::optional<std::vector<float>> layOutMap(const VectorTable& table,
                                                          const LayoutOptions& options,
                                                          const LayoutProgressSink& progress,
                                                          const std::atomic_bool& cancel);

// Places new vectors (n × table.dimension() floats, normalised) beside their nearest neighbours among the
// table's rows, whose positions `placedXY` gives, without moving any of them. x, y interleaved per new
// vector.
[[nodiscard]] std::vector<float> placeBeside(const VectorTable& table, std::span<const float> placedXY,
                                             std::span<const float> newVectors, const LayoutOptions& options);

} // namespace soundalike
