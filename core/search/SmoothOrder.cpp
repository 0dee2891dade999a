#include "core/search/SmoothOrder.h"

#include "core/search/InnerProducts.h"

#include <algorithm>
#include <limits>

namespace soundalike {

namespace {

// How strongly each step of the chain leans toward the seeds, against closeness to the previous track.
constexpr float kSeedPull = 0.5f;
constexpr int kMaxPasses = 50;

// Pairs of places closer than the gap that hold the same artist, counted among places [from, to).
int gapBreaks(const std::vector<std::size_t>& tour, const std::vector<int>& artists, int gap,
              std::ptrdiff_t from, std::ptrdiff_t to)
{
    if (gap <= 1)
        return 0;
    const auto n = std::ptrdiff_t(tour.size());
    int breaks = 0;
    for (std::ptrdiff_t i = std::max<std::ptrdiff_t>(0, from); i < std::min(n, to); ++i) {
        for (std::ptrdiff_t j = i + 1; j < std::min(n, i + gap); ++j)
            breaks += artists[tour[std::size_t(i)]] == artists[tour[std::size_t(j)]];
    }
    return breaks;
}

// The gap breaks that reversing places [i, j] can change: pairs with one place inside and one outside (pairs
// inside keep their distance, pairs outside are untouched), counted as the tour is or as it would be
// reversed. Comparing these two costs O(gap²) where counting whole stretches cost O((j - i) · gap).
int boundaryBreaks(const std::vector<std::size_t>& tour, const std::vector<int>& artists, int gap,
                   std::size_t i, std::size_t j, bool reversed)
{
    if (gap <= 1)
        return 0;
    const auto g = std::size_t(gap);
    const auto artistAt = [&](std::size_t place) {
        const bool inside = place >= i && place <= j;
        return artists[tour[inside && reversed ? i + j - place : place]];
    };
    int breaks = 0;
    for (std::size_t p = i >= g - 1 ? i - (g - 1) : 0; p < i; ++p) {
        for (std::size_t q = i; q <= j && q < p + g; ++q)
            breaks += artistAt(p) == artistAt(q);
    }
    for (std::size_t p = j + 2 > g ? std::max(i, j + 2 - g) : i; p <= j; ++p) {
        for (std::size_t q = j + 1; q < tour.size() && q < p + g; ++q)
            breaks += artistAt(p) == artistAt(q);
    }
    return breaks;
}

} // namespace

SmoothOrder::SmoothOrder(std::span<const float> tracks, std::span<const float> seeds, std::size_t d)
    : m_count(tracks.size() / d)
{
    const std::size_t m = seeds.size() / d;
    m_similarity = innerProducts(tracks.data(), m_count, tracks.data(), m_count, d);
    const std::vector<float> toSeeds = innerProducts(tracks.data(), m_count, seeds.data(), m, d);
    m_start.resize(m_count);
    m_seedPull.resize(m_count);
    for (std::size_t i = 0; i < m_count; ++i) {
        m_start[i] = toSeeds[i * m];
        m_seedPull[i] = 1.0f - *std::max_element(toSeeds.begin() + std::ptrdiff_t(i * m),
                                                 toSeeds.begin() + std::ptrdiff_t(i * m + m));
    }
}

std::vector<std::size_t> SmoothOrder::order(const std::vector<int>& artists, int artistGap) const
{
    std::vector<std::size_t> tour = chain(artists, artistGap);
    improve(tour, artists, artistGap);
    std::vector<std::size_t> given(m_count);
    for (std::size_t i = 0; i < m_count; ++i)
        given[i] = i;
    const auto n = std::ptrdiff_t(m_count);
    if (gapBreaks(tour, artists, artistGap, 0, n) > gapBreaks(given, artists, artistGap, 0, n))
        return given;
    return tour;
}

std::vector<std::size_t> SmoothOrder::chain(const std::vector<int>& artists, int artistGap) const
{
    std::vector<std::size_t> tour;
    std::vector<char> used(m_count, 0);
    while (tour.size() < m_count) {
        std::size_t best = m_count, fallback = m_count;
        float bestCost = std::numeric_limits<float>::infinity(), fallbackCost = bestCost;
        for (std::size_t c = 0; c < m_count; ++c) {
            if (used[c])
                continue;
            const float cost =
                (tour.empty() ? fromStart(c) : step(tour.back(), c)) + kSeedPull * m_seedPull[c];
            bool clash = false;
            for (std::size_t back = 1; back < std::size_t(std::max(1, artistGap)) && back <= tour.size();
                 ++back)
                clash |= artists[tour[tour.size() - back]] == artists[c];
            if (!clash && cost < bestCost) {
                bestCost = cost;
                best = c;
            }
            if (cost < fallbackCost) {
                fallbackCost = cost;
                fallback = c;
            }
        }
        const std::size_t next = best < m_count ? best : fallback;
        used[next] = 1;
        tour.push_back(next);
    }
    return tour;
}

void SmoothOrder::improve(std::vector<std::size_t>& tour, const std::vector<int>& artists,
                          int artistGap) const
{
    const std::size_t n = tour.size();
    const auto edge = [&](std::size_t place, std::size_t track) {
        return place == 0 ? fromStart(track) : step(tour[place - 1], track);
    };
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool improved = false;
        for (std::size_t i = 0; i + 1 < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                const float tail = j + 1 < n ? step(tour[j], tour[j + 1]) : 0.0f;
                const float newTail = j + 1 < n ? step(tour[i], tour[j + 1]) : 0.0f;
                const float gain = edge(i, tour[i]) + tail - edge(i, tour[j]) - newTail;
                if (gain <= 1e-6f)
                    continue;
                if (boundaryBreaks(tour, artists, artistGap, i, j, true) >
                    boundaryBreaks(tour, artists, artistGap, i, j, false))
                    continue;
                std::reverse(tour.begin() + std::ptrdiff_t(i), tour.begin() + std::ptrdiff_t(j + 1));
                improved = true;
            }
        }
        if (!improved)
            break;
    }
}

double SmoothOrder::length(const std::vector<std::size_t>& order) const
{
    double total = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
        total += i == 0 ? fromStart(order[i]) : step(order[i - 1], order[i]);
    return total;
}

} // namespace soundalike
