#include "core/map/TsneLayout.h"

#include "core/map/QuadTree.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace soundalike {

namespace {

constexpr double kExaggeration = 12;
constexpr float kMinGain = 0.01f;

// Symmetric affinities p_ij in compressed rows: row i's neighbours are column[start[i] .. start[i + 1]).
struct Affinities
{
    std::vector<std::size_t> start;
    std::vector<std::uint32_t> column;
    std::vector<float> p;
};

// Conditional p_j|i with the Gaussian bandwidth found by bisection for the perplexity, as in t-SNE.
void conditional(std::span<const float> similarities, double perplexity, std::span<double> out)
{
    const double target = std::log(perplexity);
    std::vector<double> d2(similarities.size());
    for (std::size_t j = 0; j < d2.size(); ++j)
        d2[j] = std::max(0.0, 2.0 - 2.0 * similarities[j]);
    const double nearest = *std::min_element(d2.begin(), d2.end());
    double beta = 1, low = 0, high = std::numeric_limits<double>::infinity();
    for (int step = 0; step < 100; ++step) {
        double sum = 0, weighted = 0;
        for (std::size_t j = 0; j < d2.size(); ++j) {
            out[j] = std::exp(-beta * (d2[j] - nearest));
            sum += out[j];
            weighted += out[j] * (d2[j] - nearest);
        }
        const double entropy = std::log(sum) + beta * weighted / sum;
        for (double& v : out)
            v /= sum;
        if (std::abs(entropy - target) < 1e-5)
            break;
        if (entropy > target) {
            low = beta;
            beta = std::isinf(high) ? beta * 2 : (low + high) / 2;
        } else {
            high = beta;
            beta = (low + high) / 2;
        }
    }
}

Affinities affinitiesOf(const NeighbourGraph& graph, double perplexity, bool uniform)
{
    const std::size_t n = graph.rows(), k = std::size_t(graph.k);
    std::vector<std::vector<std::pair<std::uint32_t, float>>> rows(n);
    std::vector<double> p(k);
    for (std::size_t i = 0; i < n; ++i) {
        if (uniform)
            std::fill(p.begin(), p.end(), 1.0 / double(k));
        else
            conditional(graph.similaritiesOf(i), std::min(perplexity, double(k) / 3.0), p);
        for (std::size_t j = 0; j < k; ++j) {
            const std::uint32_t other = graph.of(i)[j];
            const float half = float(p[j] / (2.0 * double(n)));
            rows[i].emplace_back(other, half);
            rows[other].emplace_back(std::uint32_t(i), half);
        }
    }
    Affinities a;
    a.start.push_back(0);
    for (auto& row : rows) {
        std::sort(row.begin(), row.end());
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (j > 0 && row[j].first == row[j - 1].first)
                a.p.back() += row[j].second;
            else {
                a.column.push_back(row[j].first);
                a.p.push_back(row[j].second);
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
    double var = 0;
    for (std::size_t i = 0; i < n; ++i)
        var += (xy[2 * i] - mx) * (xy[2 * i] - mx);
    const double scale = 1e-4 / std::max(1e-12, std::sqrt(var / double(n)));
    for (std::size_t i = 0; i < n; ++i) {
        xy[2 * i] = float((xy[2 * i] - mx) * scale);
        xy[2 * i + 1] = float((xy[2 * i + 1] - my) * scale);
    }
}

// The gradient of the points tree.order()[begin, end); returns their share of Z.
double gradient(const Affinities& a, std::span<const float> xy, const QuadTree& tree, double exaggeration,
                float theta, std::size_t begin, std::size_t end, std::vector<double>& attract,
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
            const double w = a.p[e] / (1.0 + dx * dx + dy * dy);
            ax += w * dx;
            ay += w * dy;
        }
        attract[2 * i] = exaggeration * ax;
        attract[2 * i + 1] = exaggeration * ay;
        double force[2] = {0, 0};
        tree.repulsion(x, y, theta, force, z);
        repel[2 * i] = force[0];
        repel[2 * i + 1] = force[1];
    }
    return z;
}

} // namespace

std::optional<std::vector<float>> tsneLayout(const NeighbourGraph& graph, std::vector<float> start,
                                             const TsneOptions& options,
                                             const std::function<void(int, int)>& progress,
                                             const std::atomic_bool& cancel)
{
    const std::size_t n = graph.rows();
    std::vector<float> xy = std::move(start);
    if (n < 2)
        return xy;
    rescale(xy);
    const Affinities a = affinitiesOf(graph, options.perplexity, options.uniform);
    const double rate = std::max(50.0, double(n) / kExaggeration);
    std::vector<float> update(2 * n, 0.0f), gains(2 * n, 1.0f);
    std::vector<double> attract(2 * n), repel(2 * n);
    const int total = options.exaggerationIterations + options.iterations;
    const std::size_t threads = std::size_t(std::max(1, options.threads));
    for (int it = 0; it < total; ++it) {
        if (cancel)
            return std::nullopt;
        const bool early = it < options.exaggerationIterations;
        // The two phases are two descents, as in openTSNE: the second starts without momentum or gains.
        if (it == options.exaggerationIterations) {
            std::fill(update.begin(), update.end(), 0.0f);
            std::fill(gains.begin(), gains.end(), 1.0f);
        }
        const double exaggeration = early ? kExaggeration : 1.0;
        const float momentum = early ? 0.5f : 0.8f;
        const QuadTree tree(xy);
        std::vector<double> z(threads, 0.0);
        {
            std::vector<std::jthread> helpers;
            const std::size_t share = (n + threads - 1) / threads;
            for (std::size_t t = 0; t < threads; ++t) {
                const std::size_t b = std::min(n, t * share), e = std::min(n, b + share);
                const auto work = [&, b, e, t] {
                    z[t] = gradient(a, xy, tree, exaggeration, options.theta, b, e, attract, repel);
                };
                if (t + 1 < threads)
                    helpers.emplace_back(work);
                else
                    work();
            }
        }
        double sumZ = 0;
        for (double part : z)
            sumZ += part;
        for (std::size_t i = 0; i < 2 * n; ++i) {
            const float g = float(4.0 * (attract[i] - repel[i] / sumZ));
            gains[i] = (g > 0) != (update[i] > 0) ? gains[i] + 0.2f : std::max(kMinGain, gains[i] * 0.8f);
            update[i] = momentum * update[i] - float(rate) * gains[i] * g;
            xy[i] += update[i];
        }
        if (progress)
            progress(it + 1, total);
    }
    return xy;
}

} // namespace soundalike
