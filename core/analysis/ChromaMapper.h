#pragma once

#include <span>
#include <vector>

namespace soundalike {

// Turns one frame's spectrum into a 12-bin pitch-class profile. Each spectral peak's frequency is refined by
// parabolic interpolation on the dB spectrum, which resolves pitch far below the 21.5 Hz bin spacing, and its
// power goes to the nearest equal-tempered pitch class (A = 440 Hz).
class ChromaMapper
{
public:
    ChromaMapper(int fftSize, int sampleRate);

    // Writes the profile normalised to sum 1 and returns true, or writes zeros and returns false when the
    // frame has no peak to map (silence, or nothing between ~80 Hz and 5 kHz).
    bool map(std::span<const float> power, std::span<const float> db, std::span<float> chroma) const;

    static constexpr int kMaxBins = 512; // bins between the lowest and highest mapped frequency, at most

private:
    int m_firstBin;
    int m_lastBin;
    float m_binHz;
};

} // namespace soundalike
