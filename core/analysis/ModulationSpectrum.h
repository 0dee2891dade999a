#pragma once

#include "core/analysis/RealFft.h"

#include <span>
#include <vector>

namespace soundalike {

class FrameTable;

// How fast each band group's level moves: the modulation spectrum of its dB envelope (the fluctuation
// patterns of Pampalk, on octave bands of modulation rate). Windows of ~3 s (128 frames, half overlapping),
// mean removed and Hann-weighted, are transformed; the power of each octave of rates is averaged over the
// windows and written in dB. Static EQ and gain move a band's level, not its movement, so these values do
// not change with them. Not thread-safe: one per thread.
class ModulationSpectrum
{
public:
    static constexpr int kWindow = 128;

    ModulationSpectrum();
    // Writes DescriptorLayout::kBandGroups * kModulationBins values for frames [begin, end).
    void describe(const FrameTable& table, int begin, int end, std::span<float> out);

private:
    void accumulate(std::span<const float> envelope, std::span<double> power);

    RealFft m_fft;
    std::vector<float> m_window;
};

} // namespace soundalike
