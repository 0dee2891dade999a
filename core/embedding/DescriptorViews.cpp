#include "core/embedding/DescriptorViews.h"

#include "core/analysis/DescriptorLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace soundalike {

namespace {

using L = DescriptorLayout;

// Tempo changes of up to ±10 %: a different performance or DJ pitch setting, not a different piece.
constexpr double kMaxTempoChange = 0.1;
// Brightness changes b of up to ±1: the spectral centroid scales by e^b. Chosen on the evaluation set
// (docs/quality.md); a weaker ±0.4 helped less.
constexpr double kMaxBrightness = 1.0;

int spectral(int measure, bool std = false)
{
    return L::Spectral + 2 * measure + (std ? 1 : 0);
}

// Stored values are bounded, but a damaged row could hold anything: a view never turns it infinite.
float bounded(double value)
{
    constexpr double limit = std::numeric_limits<float>::max();
    return float(std::clamp(value, -limit, limit));
}

} // namespace

DescriptorViews DescriptorViews::forDescriptors()
{
    DescriptorViews views;
    views.m_pitchClasses = L::Chroma;
    views.m_tempoColumns = {L::Tempo + L::TempoBpm, L::Tempo + L::OnsetRate};
    views.m_rhythmBins = L::Rhythm;
    views.m_rhythmBinCount = L::kRhythmBins;
    views.m_rhythmBinLog = std::log(L::kRhythmHighBpm / L::kRhythmLowBpm) / L::kRhythmBins;
    views.m_maxTempoChange = kMaxTempoChange;
    // How a first-order EQ tilt moves the descriptors, measured on real music by analysing tilted copies of
    // 232 recordings: the frequency measures and the zero-crossing rate scale with the centroid, flatness
    // faster; the level and the first cepstral coefficients shift in proportion to its logarithm.
    for (int measure : {L::Centroid, L::Bandwidth, L::Rolloff, L::ZeroCrossings}) {
        views.m_brightScaled.emplace_back(spectral(measure), 1.0);
        views.m_brightScaled.emplace_back(spectral(measure, true), 1.0);
    }
    views.m_brightScaled.emplace_back(spectral(L::Flatness), 1.8);
    views.m_brightShifted = {{L::MfccMean + 0, 40.0},
                             {L::MfccMean + 1, -31.0},
                             {L::Loudness + L::IntegratedLufs, 2.4},
                             {L::Loudness + L::CrestDb, 2.1}};
    views.m_maxBrightness = kMaxBrightness;
    return views;
}

void DescriptorViews::apply(float* row, std::mt19937_64& rng) const
{
    if (m_pitchClasses >= 0)
        rotatePitch(row, rng);
    if (!m_tempoColumns.empty())
        stretchTempo(row, rng);
    if (!m_brightScaled.empty())
        tiltBrightness(row, rng);
}

void DescriptorViews::rotatePitch(float* row, std::mt19937_64& rng) const
{
    float* chroma = row + m_pitchClasses;
    const auto semitones = std::uniform_int_distribution<int>(0, L::kPitchClasses - 1)(rng);
    std::rotate(chroma, chroma + semitones, chroma + L::kPitchClasses);
}

void DescriptorViews::stretchTempo(float* row, std::mt19937_64& rng) const
{
    const double factor =
        1.0 + std::uniform_real_distribution<double>(-m_maxTempoChange, m_maxTempoChange)(rng);
    for (int column : m_tempoColumns)
        row[std::size_t(column)] = bounded(row[std::size_t(column)] * factor);
    // Energy at a period of x BPM moves to x * factor: a shift along the log-spaced bins, linearly
    // interpolated; what moves past either end is lost.
    float* bins = row + m_rhythmBins;
    const std::vector<float> before(bins, bins + m_rhythmBinCount);
    const double shift = std::log(factor) / m_rhythmBinLog;
    const auto at = [&](int i) {
        return i >= 0 && i < m_rhythmBinCount ? double(before[std::size_t(i)]) : 0.0;
    };
    for (int i = 0; i < m_rhythmBinCount; ++i) {
        const double source = i - shift;
        const int low = int(std::floor(source));
        const double fraction = source - low;
        bins[std::size_t(i)] = bounded((1 - fraction) * at(low) + fraction * at(low + 1));
    }
}

void DescriptorViews::tiltBrightness(float* row, std::mt19937_64& rng) const
{
    const double b = std::uniform_real_distribution<double>(-m_maxBrightness, m_maxBrightness)(rng);
    for (const auto& [column, exponent] : m_brightScaled)
        row[std::size_t(column)] = bounded(row[std::size_t(column)] * std::exp(exponent * b));
    for (const auto& [column, slope] : m_brightShifted)
        row[std::size_t(column)] = bounded(row[std::size_t(column)] + slope * b);
}

} // namespace soundalike
