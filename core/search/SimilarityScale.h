#pragma once

#include "core/common/PlaylistEntry.h"

#include <array>
#include <cstddef>

namespace soundalike {

class VectorTable;

// What a similarity means in one library: where it falls among the similarities of the library's own track
// pairs (a fixed sample of them, measured once per vector table). Two libraries' raw cosines are not
// comparable (a learned embedding spreads them, tags bunch them); their places in this distribution are.
// "Fits" is a similarity in the top share of all pairs; Match rescales a similarity so that the fit line
// reads 70 %, only a near-copy reads 100 %, and a track no closer than a random pair reads about 40 %.
class SimilarityScale
{
public:
    // Pairs closer than this share of the library's pairs fit each other: the line that best tells picks of
    // the seeds' style from the rest (F1) on the development part of the labelled set (docs/quality.md).
    static constexpr double kFitPercentile = 0.94;
    // The Match a similarity exactly at the fit line gets.
    static constexpr double kFitMatch = kFitLineMatch;

    explicit SimilarityScale(const VectorTable& vectors);

    // The similarity at and above which a track fits a seed.
    [[nodiscard]] bool fits(float similarity) const { return similarity >= m_fitThreshold; }
    // The share of the library's pairs less similar than `similarity`, 0..1.
    [[nodiscard]] double percentile(float similarity) const;
    // The calibrated Match, 0..1: below the fit line the percentile scaled to 0..kFitMatch, above it linear
    // from kFitMatch at the line to 1 at identical vectors.
    [[nodiscard]] double match(float similarity) const;

private:
    static constexpr std::size_t kQuantiles = 101; // percentiles 0, 1, ..., 100

    bool m_known = false; // false when the library has fewer than two comparable tracks
    std::array<float, kQuantiles> m_quantiles{};
    float m_fitThreshold = -1.0f;
};

} // namespace soundalike
