#include "core/map/MapLayout.h"

#include "core/map/InitialLayout.h"
#include "core/map/TsneLayout.h"
#include "core/search/NeighbourGraph.h"

namespace soundalike {

namespace {

// Share of the progress bar the k-NN graph takes: measured, about a tenth of the time from 10,000 to 100,000
// synthetic tracks.
constexpr double kGraphShare = 0.1;

} // namespace

std::optional<std::vector<float>> layOutMap(const VectorTable& table, const LayoutOptions& options,
                                            const LayoutProgressSink& progress,
                                            const std::atomic_bool& cancel)
{
    const auto report = [&](LayoutProgress::Stage stage, double fraction) {
        if (progress)
            progress({stage, fraction});
    };
    const auto graph = nearestNeighbourGraph(
        table, options.neighbours,
        [&](std::size_t done, std::size_t total) {
            report(LayoutProgress::Stage::Neighbours, kGraphShare * double(done) / double(total));
        },
        cancel);
    if (!graph)
        return std::nullopt;
    TsneOptions tsne;
    tsne.iterations = options.iterations;
    tsne.threads = options.threads;
    tsne.dof = options.dof;
    return tsneLayout(
        *graph, principalPlane(table, options.seed), tsne,
        [&](int done, int total) {
            report(LayoutProgress::Stage::Layout, kGraphShare + (1 - kGraphShare) * done / double(total));
        },
        cancel);
}

std::vector<float> placeBeside(const VectorTable& table, std::span<const float> placedXY,
                               std::span<const float> newVectors, const LayoutOptions& options)
{
    return tsnePlacement(nearestRows(table, newVectors, options.neighbours), placedXY,
                         options.placementIterations, options.dof);
}

} // namespace soundalike
