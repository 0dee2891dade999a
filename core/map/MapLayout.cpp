#include "core/map/MapLayout.h"

#include "core/map/InitialLayout.h"
#include "core/map/LayoutOptimizer.h"
#include "core/map/MembershipWeights.h"
#include "core/map/TsneLayout.h"
#include "core/search/NeighbourGraph.h"

#include <algorithm>

namespace soundalike {

namespace {

// Share of the progress bar the k-NN graph takes; measured on 10,000 to 100,000 synthetic tracks it takes a
// fifth to a third of the time.
constexpr double kGraphShare = 0.25;
constexpr std::size_t kSmallMap = 10000;
// New points settle with a quarter of a full layout's step size, as in UMAP's transform: they start beside
// their neighbours already and only need to find their place among them.
constexpr float kPlacementRate = 0.25f;

int epochsFor(const LayoutOptions& options, std::size_t points)
{
    if (options.epochs > 0)
        return options.epochs;
    return points <= kSmallMap ? 500 : 200;
}

// Edges from each new point (numbered after the placed ones) to its placed neighbours, one direction only:
// the placed points stay where they are.
WeightedEdges placementEdges(const NeighbourGraph& graph, std::size_t placed)
{
    WeightedEdges edges;
    const std::size_t k = std::size_t(graph.k);
    std::vector<float> strengths(k);
    for (std::size_t row = 0; row < graph.rows(); ++row) {
        membershipStrengths(graph.similaritiesOf(row), strengths);
        for (std::size_t j = 0; j < k; ++j) {
            edges.head.push_back(std::uint32_t(placed + row));
            edges.tail.push_back(graph.of(row)[j]);
            edges.weight.push_back(strengths[j]);
        }
    }
    return edges;
}

} // namespace

std::optional<std::vector<float>> layOutMap(const VectorTable& table, const LayoutOptions& options,
                                            const LayoutProgressSink& progress,
                                            const std::atomic_bool& cancel)
{
    const auto report = [&](LayoutProgress::Stage stage, double fraction) {
        if (progress)
            progress({stage, fraction});
    };
    const bool tsne = options.method == LayoutOptions::Method::Tsne;
    const auto graph = nearestNeighbourGraph(
        table, tsne && options.perplexity > 0 ? int(3 * options.perplexity) : options.neighbours,
        [&](std::size_t done, std::size_t total) {
            report(LayoutProgress::Stage::Neighbours, kGraphShare * double(done) / double(total));
        },
        cancel);
    if (!graph)
        return std::nullopt;
    std::vector<float> xy = principalPlane(table, options.seed);
    if (tsne) {
        TsneOptions t;
        t.threads = options.threads;
        t.perplexity = options.perplexity;
        t.uniform = options.perplexity <= 0;
        if (options.epochs > 0)
            t.iterations = options.epochs;
        return tsneLayout(
            *graph, std::move(xy), t,
            [&](int done, int total) {
                report(LayoutProgress::Stage::Layout, kGraphShare + (1 - kGraphShare) * done / double(total));
            },
            cancel);
    }
    const WeightedEdges edges = symmetricMemberships(*graph);
    OptimiserRun run;
    run.xy = xy;
    run.edges = &edges;
    run.epochs = epochsFor(options, table.size());
    run.pushRange = std::uint32_t(table.size());
    run.threads = options.threads;
    run.seed = options.seed;
    const bool done = optimiseLayout(
        run,
        [&](int epoch, int epochs) {
            report(LayoutProgress::Stage::Layout, kGraphShare + (1 - kGraphShare) * epoch / double(epochs));
        },
        cancel);
    if (!done)
        return std::nullopt;
    return xy;
}

std::vector<float> placeBeside(const VectorTable& table, std::span<const float> placedXY,
                               std::span<const float> newVectors, const LayoutOptions& options)
{
    const std::size_t d = std::size_t(table.dimension());
    const std::size_t count = newVectors.size() / d;
    const NeighbourGraph graph = nearestRows(table, newVectors, options.neighbours);
    if (graph.k == 0)
        return std::vector<float>(count * 2, 0.0f);

    // Placed points first, then the new ones, so the descent can address all of them by one index.
    std::vector<float> xy(placedXY.begin(), placedXY.end());
    const WeightedEdges edges = placementEdges(graph, table.size());
    for (std::size_t row = 0; row < count; ++row) {
        double x = 0, y = 0, total = 0;
        for (std::size_t j = 0; j < std::size_t(graph.k); ++j) {
            const float w = edges.weight[row * std::size_t(graph.k) + j];
            const std::uint32_t neighbour = graph.of(row)[j];
            x += w * placedXY[2 * neighbour];
            y += w * placedXY[2 * neighbour + 1];
            total += w;
        }
        xy.push_back(float(x / total));
        xy.push_back(float(y / total));
    }
    OptimiserRun run;
    run.xy = xy;
    run.edges = &edges;
    run.epochs = options.placementEpochs;
    run.moveTails = false;
    run.learningRate = kPlacementRate;
    run.pushRange = std::uint32_t(table.size());
    run.threads = 1;
    run.seed = options.seed;
    const std::atomic_bool never = false;
    (void)optimiseLayout(run, {}, never);
    return std::vector<float>(xy.begin() + std::ptrdiff_t(placedXY.size()), xy.end());
}

} // namespace soundalike
