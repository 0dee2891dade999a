#pragma once

#include <random>
#include <utility>
#include <vector>

namespace soundalike {

// Another "view" of a descriptor row for self-supervised training: the change that hearing the same music in
// another key, at another tempo or through another EQ makes to its descriptors, applied to the values
// directly (nothing is decoded again). Two segments of one track share more than a style: the same key,
// exact tempo and brightness tell them apart from other tracks, and a network trained only on segment
// identity learns those. Views that change them leave it the rest (timbre texture, rhythm patterns,
// dynamics), which is closer to style (docs/quality.md).
class DescriptorViews
{
public:
    // No change: for rows that are not audio descriptors.
    DescriptorViews() = default;
    // The views for DescriptorLayout's current version.
    static DescriptorViews forDescriptors();

    bool empty() const { return m_pitchClasses < 0 && m_tempoColumns.empty() && m_brightScaled.empty(); }
    // Changes `row` (one descriptor row of the layout these views were made for) in place by a key, tempo
    // and brightness change drawn from `rng`. Finite values stay finite. A pointer, not std::span: the
    // libtorch module that trains with it is C++17 (see core/embedding/CMakeLists.txt).
    void apply(float* row, std::mt19937_64& rng) const;

private:
    void rotatePitch(float* row, std::mt19937_64& rng) const;
    void stretchTempo(float* row, std::mt19937_64& rng) const;
    void tiltBrightness(float* row, std::mt19937_64& rng) const;

    int m_pitchClasses = -1; // first of 12 chroma columns

    std::vector<int> m_tempoColumns; // rates, scaled with the tempo
    int m_rhythmBins = -1;           // first of the log-spaced periodicity bins, shifted with the tempo
    int m_rhythmBinCount = 0;
    double m_rhythmBinLog = 1; // natural log of the tempo ratio between neighbouring bins
    double m_maxTempoChange = 0;

    std::vector<std::pair<int, double>> m_brightScaled;  // column, exponent: value *= exp(exponent * b)
    std::vector<std::pair<int, double>> m_brightShifted; // column, slope: value += slope * b
    double m_maxBrightness = 0;
};

} // namespace soundalike
