#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace soundalike {

// Orders chosen tracks so that each follows one it sounds like: a nearest-neighbour chain from the first
// seed, where each step also leans toward the seeds so the list does not drift away from them, then
// improved by 2-opt (reversing stretches while that shortens the sum of steps). The artist gap holds
// throughout: the result never breaks it more often than the order it was given.
class SmoothOrder
{
public:
    // `tracks` n × d and `seeds` m × d, normalised; the chain starts next to seeds[0].
    SmoothOrder(std::span<const float> tracks, std::span<const float> seeds, std::size_t d);

    // A permutation of 0..n-1. `artists[i]` identifies the artist of track i.
    std::vector<std::size_t> order(const std::vector<int>& artists, int artistGap) const;
    // Sum of the steps (1 - cosine similarity) from the first seed through `order`.
    double length(const std::vector<std::size_t>& order) const;

private:
    float step(std::size_t a, std::size_t b) const { return 1.0f - m_similarity[a * m_count + b]; }
    float fromStart(std::size_t a) const { return 1.0f - m_start[a]; }
    std::vector<std::size_t> chain(const std::vector<int>& artists, int artistGap) const;
    void improve(std::vector<std::size_t>& tour, const std::vector<int>& artists, int artistGap) const;

    std::size_t m_count;
    std::vector<float> m_similarity; // n × n
    std::vector<float> m_start;      // similarity to the first seed
    std::vector<float> m_seedPull;   // 1 - similarity to the closest seed
};

} // namespace soundalike
