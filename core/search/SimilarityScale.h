#pragma once

#include "core/common/PlaylistEntry.h"

#include <array>
#include <cstddef>
#include <functional>

namespace soundalike {

class VectorTable;

// What a similarity means in one library: where it falls among the similarities of the library's own pairs of
// tracks from different albums (a fixed sample of them, measured once per vector table). Two libraries' raw
// cosines are not comparable (a learned embedding spreads them, tags bunch them); their places in this
// distribution are. Pairs of one album are left out: they are the closest pairs by far (training does not
// push an album's songs apart), and in a library of few albums they would set the line alone, so that no song
// of another album fits anything (docs/quality.md, "The fit line in a library of few albums"). A library of
// one album, or too few others to measure, keeps all its pairs. "Fits" is a similarity in the top share of
// those pairs; Match rescales a similarity so that the fit line reads 70 %, only a near-copy reads 100 %, and
// a track no closer than a random pair reads about 40 %.
class SimilarityScale
{
public:
    // Pairs closer than this share of the library's pairs of two albums fit each other: the line that best
    // tells picks of the seeds' style from the rest (F1) on the development part of the labelled set
    // (docs/quality.md).
    static constexpr double kFitPercentile = 0.98;
    // The Match a similarity exactly at the fit line gets.
    static constexpr double kFitMatch = kFitLineMatch;

    // A row of the vectors' album, as an id (equal for the rows of one album), or -1 when it has none.
    using AlbumOf = std::function<int(std::size_t row)>;

    // Without `albumOf` every pair counts.
    explicit SimilarityScale(const VectorTable& vectors, const AlbumOf& albumOf = {});

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
