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
    enum class Method
    {
        Umap,
        Tsne
    };
    Method method = Method::Umap;
    int neighbours = 15;
    double perplexity = 30; // t-SNE
    // Epochs of the descent; 0 chooses by size as UMAP does: 500 up to 10,000 points, 200 above.
    int epochs = 0;
    // Epochs for points placed beside an existing map (UMAP's transform uses a third of its 100).
    int placementEpochs = 30;
    int threads = 2;
    std::uint64_t seed = 1;
};

struct LayoutProgress
{
    enum class Stage
    {
        Neighbours, // the k-NN graph of the vectors
        Layout      // the descent
    };
    Stage stage = Stage::Neighbours;
    double fraction = 0; // of the whole layout, 0..1
};

using LayoutProgressSink = std::function<void(const LayoutProgress&)>;

// A 2-D map of the vectors on which tracks that sound alike sit together: UMAP (k-NN graph from faiss, fuzzy
// memberships, principal-plane start, negative-sampling descent). x, y interleaved by table row; nullopt when
// cancelled. Progress reaches the sink from a worker thread.
[[nodiscard]] std::optional<std::vector<float>> layOutMap(const VectorTable& table,
                                                          const LayoutOptions& options,
                                                          const LayoutProgressSink& progress,
                                                          const std::atomic_bool& cancel);

// Places new vectors (n × table.dimension() floats, normalised) beside their nearest neighbours among the
// table's rows, whose positions `placedXY` gives, without moving any of them: each starts at the
// membership-weighted mean of its neighbours and settles among them in a short descent. x, y interleaved per
// new vector.
[[nodiscard]] std::vector<float> placeBeside(const VectorTable& table, std::span<const float> placedXY,
                                             std::span<const float> newVectors, const LayoutOptions& options);

} // namespace soundalike
