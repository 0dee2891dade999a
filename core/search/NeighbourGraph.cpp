#include "core/search/NeighbourGraph.h"

#include "core/search/SimilarityIndex.h"

#include <algorithm>
#include <limits>

namespace soundalike {

namespace {

// Queries per search call: large enough for BLAS and both cores, small enough to report progress and stop
// within a fraction of a second at 100,000 tracks.
constexpr std::size_t kBatch = 2048;

// Appends up to k neighbours of one query to the graph, leaving out the query's own row and padding with the
// last one found when the index returned too few (only a table of fewer than k + 1 rows does).
void appendRow(NeighbourGraph& graph, const VectorTable& table, const std::vector<Neighbor>& found,
               std::optional<std::size_t> self)
{
    const std::size_t start = graph.neighbours.size();
    for (const Neighbor& n : found) {
        if (graph.neighbours.size() - start == std::size_t(graph.k))
            break;
        const auto row = table.row(n.id);
        if (!row || row == self)
            continue;
        graph.neighbours.push_back(std::uint32_t(*row));
        graph.similarities.push_back(n.similarity);
    }
    while (graph.neighbours.size() - start < std::size_t(graph.k)) {
        graph.neighbours.push_back(graph.neighbours.back());
        graph.similarities.push_back(graph.similarities.back());
    }
}

} // namespace

std::optional<NeighbourGraph> nearestNeighbourGraph(const VectorTable& table, int k,
                                                    const GraphProgress& progress,
                                                    const std::atomic_bool& cancel)
{
    NeighbourGraph graph;
    graph.k =
        int(std::min<std::size_t>(std::size_t(std::max(k, 0)), table.size() > 0 ? table.size() - 1 : 0));
    if (graph.k == 0)
        return graph;
    const SimilarityIndex index = SimilarityIndex::build(table);
    const std::size_t d = std::size_t(table.dimension());
    graph.neighbours.reserve(table.size() * std::size_t(graph.k));
    graph.similarities.reserve(table.size() * std::size_t(graph.k));
    for (std::size_t first = 0; first < table.size(); first += kBatch) {
        if (cancel)
            return std::nullopt;
        const std::size_t count = std::min(kBatch, table.size() - first);
        const auto found =
            index.search(std::span<const float>(table.data() + first * d, count * d), graph.k + 1);
        for (std::size_t q = 0; q < count; ++q)
            appendRow(graph, table, found[q], first + q);
        if (progress)
            progress(first + count, table.size());
    }
    return graph;
}

NeighbourGraph nearestRows(const VectorTable& table, std::span<const float> queries, int k)
{
    NeighbourGraph graph;
    graph.k = int(std::min<std::size_t>(std::size_t(std::max(k, 0)), table.size()));
    if (graph.k == 0)
        return graph;
    // Exact: an inverted-file index would cost seconds to build at 100,000 tracks for a handful of queries,
    // and even 20,000 new tracks against 100,000 take a few seconds as one BLAS product.
    IndexPolicy exact;
    exact.exactLimit = std::numeric_limits<std::size_t>::max();
    const SimilarityIndex index = SimilarityIndex::build(table, exact);
    for (const std::vector<Neighbor>& found : index.search(queries, graph.k))
        appendRow(graph, table, found, std::nullopt);
    return graph;
}

} // namespace soundalike
