#include "core/analysis/ChromaMapper.h"

#include "core/analysis/FastLog.h"
#include "core/analysis/LaneSum.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace soundalike {

namespace {

constexpr double kLowHz = 80.0;
constexpr double kHighHz = 5000.0;
// Peaks more than this far below the frame's strongest one are leakage or noise.
constexpr float kPeakRangeDb = 50.0f;
// Below this a peak is inaudible (the spectrum is scaled so that a full-scale sine peaks at 0 dB).
constexpr float kAudibleDb = -90.0f;
constexpr float kLog2Of440 = 8.78135971f;

} // namespace

ChromaMapper::ChromaMapper(int fftSize, int sampleRate)
    : m_firstBin(std::max(1, int(kLowHz * fftSize / sampleRate))),
      m_lastBin(std::min({fftSize / 2 - 1, int(kHighHz * fftSize / sampleRate), m_firstBin + kMaxBins - 1})),
      m_binHz(float(sampleRate) / fftSize)
{}

bool ChromaMapper::map(std::span<const float> power, std::span<const float> db, std::span<float> chroma) const
{
    std::fill(chroma.begin(), chroma.end(), 0.0f);
    const float* level = db.data();
    const float strongest =
        analysis::laneMax(m_firstBin, m_lastBin + 1, kAudibleDb, [&](int k) { return level[k]; });
    const float threshold = std::max(strongest - kPeakRangeDb, kAudibleDb);
    // First the local maxima, found without branches (a mispredicted branch per bin costs more than all the
    // arithmetic), then the few peaks among them refined one by one.
    std::array<int, kMaxBins> peaks;
    int count = 0;
    for (int k = m_firstBin; k <= m_lastBin; ++k) {
        peaks[std::size_t(count)] = k;
        count += int(level[k] > threshold) & int(level[k] > level[k - 1]) & int(level[k] >= level[k + 1]);
    }
    float total = 0.0f;
    for (int i = 0; i < count; ++i) {
        const int k = peaks[std::size_t(i)];
        const float before = level[k - 1];
        const float here = level[k];
        const float after = level[k + 1];
        const float curvature = before - 2.0f * here + after;
        const float offset = curvature < 0.0f ? 0.5f * (before - after) / curvature : 0.0f;
        const float hz = (float(k) + offset) * m_binHz;
        // MIDI note number: 69 is A4 = 440 Hz, and note 60 (C4) is pitch class 0.
        const float note = 69.0f + 12.0f * (analysis::fastLog2(hz) - kLog2Of440);
        const int pitchClass = ((int(std::floor(note + 0.5f)) % 12) + 12) % 12;
        chroma[std::size_t(pitchClass)] += power[std::size_t(k)];
        total += power[std::size_t(k)];
    }
    if (total <= 0.0f)
        return false;
    for (float& c : chroma)
        c /= total;
    return true;
}

} // namespace soundalike
