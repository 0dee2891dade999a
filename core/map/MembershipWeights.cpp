#include "core/map/MembershipWeights.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace soundalike {

namespace {

constexpr int kSearchSteps = 64;
constexpr double kTolerance = 1e-5;
// A floor on the fall-off scale relative to the mean neighbour distance, as in UMAP: a point whose neighbours
// are all at one distance would otherwise need an infinitely steep fall-off.
constexpr double kMinScaleOfMean = 1e-3;

// Euclidean distance between L2-normalised vectors with this cosine similarity.
double distanceOf(float similarity)
{
    return std::sqrt(std::max(0.0, 2.0 - 2.0 * double(similarity)));
}

double strengthSum(const std::vector<double>& distances, double nearest, double scale)
{
    double sum = 0;
    for (double d : distances)
        sum += d > nearest ? std::exp(-(d - nearest) / scale) : 1.0;
    return sum;
}

// Bisection for the scale at which the strengths add up to the target (the sum grows with the scale).
double fallOffScale(const std::vector<double>& distances, double nearest)
{
    const double target = std::log2(double(distances.size()));
    double low = 0, high = std::numeric_limits<double>::infinity(), scale = 1;
    for (int step = 0; step < kSearchSteps; ++step) {
        const double sum = strengthSum(distances, nearest, scale);
        if (std::abs(sum - target) < kTolerance)
            break;
        if (sum > target) {
            high = scale;
            scale = (low + high) / 2;
        } else {
            low = scale;
            scale = std::isinf(high) ? scale * 2 : (low + high) / 2;
        }
    }
    const double mean = std::accumulate(distances.begin(), distances.end(), 0.0) / double(distances.size());
    return std::max(scale, kMinScaleOfMean * mean);
}

} // namespace

void membershipStrengths(std::span<const float> similarities, std::span<float> strengths)
{
    if (similarities.empty())
        return;
    std::vector<double> distances(similarities.size());
    std::transform(similarities.begin(), similarities.end(), distances.begin(), distanceOf);
    // The nearest neighbour at a distance above zero is fully connected (UMAP's local connectivity of 1); a
    // duplicate at distance zero is fully connected too.
    double nearest = 0;
    for (double d : distances) {
        if (d > 0) {
            nearest = nearest > 0 ? std::min(nearest, d) : d;
        }
    }
    const double scale = fallOffScale(distances, nearest);
    for (std::size_t j = 0; j < distances.size(); ++j)
        strengths[j] = distances[j] > nearest ? float(std::exp(-(distances[j] - nearest) / scale)) : 1.0f;
}

WeightedEdges symmetricMemberships(const NeighbourGraph& graph)
{
    struct Directed
    {
        std::uint64_t pair; // low row in the high half, so both directions of one pair sort together
        float strength;
        bool fromLow; // the low row lists the high one
    };
    const std::size_t k = std::size_t(graph.k);
    std::vector<Directed> directed;
    directed.reserve(graph.rows() * k);
    std::vector<float> strengths(k);
    for (std::size_t row = 0; row < graph.rows(); ++row) {
        membershipStrengths(graph.similaritiesOf(row), strengths);
        const auto neighbours = graph.of(row);
        for (std::size_t j = 0; j < k; ++j) {
            const std::uint64_t a = std::min<std::uint64_t>(row, neighbours[j]);
            const std::uint64_t b = std::max<std::uint64_t>(row, neighbours[j]);
            if (a != b)
                directed.push_back({a << 32 | b, strengths[j], a == row});
        }
    }
    std::sort(directed.begin(), directed.end(),
              [](const Directed& x, const Directed& y) { return x.pair < y.pair; });

    WeightedEdges edges;
    edges.head.reserve(directed.size() * 2);
    edges.tail.reserve(directed.size() * 2);
    edges.weight.reserve(directed.size() * 2);
    for (std::size_t i = 0; i < directed.size();) {
        // One pair appears once per direction that lists it (more often only in a table smaller than k + 1,
        // whose rows repeat their last neighbour).
        std::size_t end = i;
        float a = 0, b = 0;
        for (; end < directed.size() && directed[end].pair == directed[i].pair; ++end)
            (directed[end].fromLow ? a : b) = std::max(directed[end].fromLow ? a : b, directed[end].strength);
        const float weight = a + b - a * b;
        const auto low = std::uint32_t(directed[i].pair >> 32);
        const auto high = std::uint32_t(directed[i].pair & 0xffffffffu);
        edges.head.insert(edges.head.end(), {low, high});
        edges.tail.insert(edges.tail.end(), {high, low});
        edges.weight.insert(edges.weight.end(), {weight, weight});
        i = end;
    }
    return edges;
}

} // namespace soundalike
