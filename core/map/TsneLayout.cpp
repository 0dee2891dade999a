#include "core/map/TsneLayout.h"

#include "core/map/QuadTree.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace soundalike {

namespace {

constexpr double kExaggeration = 12;
constexpr float kMinGain = 0.01f;
// The learning rate n / 12 of a full layout, per point: a new point's affinities add up to 1 where a laid-out
// point's add up to about 1 / n (see tsnePlacement).
constexpr float kPlacementRate = 1.0f / 12.0f;
constexpr float kPlacementMomentum = 0.8f;

// Symmetric affinities p_ij in compressed rows: row i's neighbours are column[start[i] .. start[i + 1]).
struct Affinities
{
    std::vector<std::size_t> start;
    std::vector<std::uint32_t> column;
    std::vector<float> p;
};

// p_j|i = 1 / k for each of i's k neighbours, then p_ij = (p_j|i + p_i|j) / 2n.
Affinities affinitiesOf(const NeighbourGraph& graph)
{
    const std::size_t n = graph.rows();
    const float half = float(1.0 / (double(graph.k) * 2.0 * double(n)));
    std::vector<std::vector<std::uint32_t>> rows(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (const std::uint32_t j : graph.of(i)) {
            rows[i].push_back(j);
            rows[j].push_back(std::uint32_t(i));
        }
    }
    Affinities a;
    a.start.push_back(0);
    for (auto& row : rows) {
        std::sort(row.begin(), row.end());
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (j > 0 && row[j] == row[j - 1]) {
                a.p.back() += half;
            } else {
                a.column.push_back(row[j]);
                a.p.push_back(half);
            }
        }
        a.start.push_back(a.column.size());
    }
    return a;
}

void rescale(std::vector<float>& xy)
{
    const std::size_t n = xy.size() / 2;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += xy[2 * i];
        my += xy[2 * i + 1];
    }
    mx /= double(n);
    my /= double(n);
    double variance = 0;
    for (std::size_t i = 0; i < n; ++i)
        variance += (xy[2 * i] - mx) * (xy[2 * i] - mx);
    const double scale = 1e-4 / std::max(1e-12, std::sqrt(variance / double(n)));
    for (std::size_t i = 0; i < n; ++i) {
        xy[2 * i] = float((xy[2 * i] - mx) * scale);
        xy[2 * i + 1] = float((xy[2 * i + 1] - my) * scale);
    }
}

// Attraction and repulsion of the points tree.order()[begin, end); returns their share of Z.
double forces(const Affinities& a, std::span<const float> xy, const QuadTree& tree, double exaggeration,
              const TsneOptions& options, std::size_t begin, std::size_t end, std::vector<double>& attract,
              std::vector<double>& repel)
{
    double z = 0;
    for (std::size_t k = begin; k < end; ++k) {
        const std::size_t i = tree.order()[k];
        const float x = xy[2 * i], y = xy[2 * i + 1];
        double ax = 0, ay = 0;
        for (std::size_t e = a.start[i]; e < a.start[i + 1]; ++e) {
            const std::uint32_t j = a.column[e];
            const double dx = x - xy[2 * j], dy = y - xy[2 * j + 1];
            const double w = a.p[e] / (1.0 + (dx * dx + dy * dy) / options.dof);
            ax += w * dx;
            ay += w * dy;
        }
        attract[2 * i] = exaggeration * ax;
        attract[2 * i + 1] = exaggeration * ay;
        double force[2] = {0, 0};
        tree.repulsion(x, y, options.theta, options.dof, force, z);
        repel[2 * i] = force[0];
        repel[2 * i + 1] = force[1];
    }
    return z;
}

// Z over all points, with the forces computed on `threads` threads, each on its share of the tree's order.
double parallelForces(const Affinities& a, std::span<const float> xy, const QuadTree& tree,
                      double exaggeration, const TsneOptions& options, std::vector<double>& attract,
                      std::vector<double>& repel)
{
    const std::size_t n = xy.size() / 2, threads = std::size_t(std::max(1, options.threads));
    std::vector<double> z(threads, 0.0);
    {
        std::vector<std::jthread> helpers;
        const std::size_t share = (n + threads - 1) / threads;
        for (std::size_t t = 0; t < threads; ++t) {
            const std::size_t begin = std::min(n, t * share), end = std::min(n, begin + share);
            const auto work = [&, begin, end, t] {
                z[t] = forces(a, xy, tree, exaggeration, options, begin, end, attract, repel);
            };
            if (t + 1 < threads)
                helpers.emplace_back(work);
            else
                work();
        }
    }
    double sum = 0;
    for (double part : z)
        sum += part;
    return sum;
}

float median(std::vector<float>& values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

std::optional<std::vector<float>> tsneLayout(const NeighbourGraph& graph, std::vector<float> start,
                                             const TsneOptions& options,
                                             const std::function<void(int, int)>& progress,
                                             const std::atomic_bool& cancel)
{
    const std::size_t n = graph.rows();
    std::vector<float> xy = std::move(start);
    if (n < 2 || graph.k == 0)
        return xy;
    rescale(xy);
    const Affinities a = affinitiesOf(graph);
    const float rate = float(std::max(50.0, double(n) / kExaggeration));
    std::vector<float> update(2 * n, 0.0f), gains(2 * n, 1.0f);
    std::vector<double> attract(2 * n), repel(2 * n);
    const int total = options.exaggerationIterations + options.iterations;
    for (int it = 0; it < total; ++it) {
        if (cancel)
            return std::nullopt;
        const bool early = it < options.exaggerationIterations;
        // The two phases are two descents, as in openTSNE: the second starts without momentum or gains.
        if (it == options.exaggerationIterations) {
            std::fill(update.begin(), update.end(), 0.0f);
            std::fill(gains.begin(), gains.end(), 1.0f);
        }
        const float momentum = early ? 0.5f : 0.8f;
        const QuadTree tree(xy);
        const double z = parallelForces(a, xy, tree, early ? kExaggeration : 1.0, options, attract, repel);
        for (std::size_t i = 0; i < 2 * n; ++i) {
            const float g = float(4.0 * (attract[i] - repel[i] / z));
            gains[i] = (g > 0) != (update[i] > 0) ? gains[i] + 0.2f : std::max(kMinGain, gains[i] * 0.8f);
            update[i] = momentum * update[i] - rate * gains[i] * g;
            xy[i] += update[i];
        }
        if (progress)
            progress(it + 1, total);
    }
    return xy;
}

// In a full layout a point's affinities add up to about 1 / n and Z sums over all n^2 pairs; here each new
// point's add up to 1 and its Z sums over its own pairs with the placed points only. Both terms of the
// gradient are n times larger, so the full layout's rate n / 12 becomes 1 / 12, and a new point comes to
// rest where it would in the full layout with its neighbours held still.
std::vector<float> tsnePlacement(const NeighbourGraph& graph, std::span<const float> placedXY, int iterations,
                                 float dof)
{
    const std::size_t m = graph.rows(), k = std::size_t(graph.k);
    std::vector<float> xy(2 * m, 0.0f);
    if (k == 0)
        return xy;
    std::vector<float> xs(k), ys(k);
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < k; ++j) {
            xs[j] = placedXY[2 * graph.of(i)[j]];
            ys[j] = placedXY[2 * graph.of(i)[j] + 1];
        }
        xy[2 * i] = median(xs);
        xy[2 * i + 1] = median(ys);
    }
    const QuadTree tree(placedXY);
    const double p = 1.0 / double(k);
    std::vector<float> update(2 * m, 0.0f);
    for (int it = 0; it < iterations; ++it) {
        for (std::size_t i = 0; i < m; ++i) {
            const float x = xy[2 * i], y = xy[2 * i + 1];
            double ax = 0, ay = 0;
            for (const std::uint32_t j : graph.of(i)) {
                const double dx = x - placedXY[2 * j], dy = y - placedXY[2 * j + 1];
                const double w = p / (1.0 + (dx * dx + dy * dy) / dof);
                ax += w * dx;
                ay += w * dy;
            }
            double repel[2] = {0, 0}, z = 0;
            tree.repulsion(x, y, TsneOptions{}.theta, dof, repel, z);
            for (int d = 0; d < 2; ++d) {
                const float g = float(4.0 * ((d == 0 ? ax : ay) - repel[d] / std::max(z, 1e-12)));
                update[2 * i + std::size_t(d)] =
                    kPlacementMomentum * update[2 * i + std::size_t(d)] - kPlacementRate * g;
                xy[2 * i + std::size_t(d)] += update[2 * i + std::size_t(d)];
            }
        }
    }
    return xy;
}

} // namespace soundalike
