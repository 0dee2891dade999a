#pragma once

#include <algorithm>
#include <array>

namespace soundalike::analysis {

// Sums term(begin) .. term(end - 1) in eight interleaved partial sums. The compiler may not reorder a plain
// float sum (that would change its rounding), so it stays scalar; this fixed order is just as repeatable and
// becomes vector instructions.
template <typename Term> float laneSum(int begin, int end, Term term)
{
    constexpr int kLanes = 8;
    std::array<float, kLanes> lanes{};
    int k = begin;
    for (; k + kLanes <= end; k += kLanes) {
        for (int j = 0; j < kLanes; ++j)
            lanes[std::size_t(j)] += term(k + j);
    }
    float sum = 0.0f;
    for (; k < end; ++k)
        sum += term(k);
    for (const float lane : lanes)
        sum += lane;
    return sum;
}

// The largest of term(begin) .. term(end - 1), or `floor` when that is larger; same lane layout.
template <typename Term> float laneMax(int begin, int end, float floor, Term term)
{
    constexpr int kLanes = 8;
    std::array<float, kLanes> lanes;
    lanes.fill(floor);
    int k = begin;
    for (; k + kLanes <= end; k += kLanes) {
        for (int j = 0; j < kLanes; ++j) {
            const float value = term(k + j);
            lanes[std::size_t(j)] = value > lanes[std::size_t(j)] ? value : lanes[std::size_t(j)];
        }
    }
    float largest = floor;
    for (; k < end; ++k)
        largest = std::max(largest, term(k));
    for (const float lane : lanes)
        largest = std::max(largest, lane);
    return largest;
}

} // namespace soundalike::analysis
