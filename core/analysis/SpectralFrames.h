#pragma once

#include "core/analysis/ChromaMapper.h"
#include "core/analysis/DctMatrix.h"
#include "core/analysis/MelFilterBank.h"
#include "core/analysis/RealFft.h"

#include <span>
#include <vector>

namespace soundalike {

class FrameTable;

// The one short-time Fourier transform every spectral measure shares: for each frame (Hann window of
// kFrameSize samples, kHopSize apart) it writes MFCCs, spectral shape, flux, contrast, chroma and intervals,
// plus the time-domain measures of the hop, into a FrameTable. All buffers and the FFT plan are made once;
// analysing a track allocates nothing unless it is longer than every track before it.
class SpectralFrames
{
public:
    SpectralFrames();

    static int frameCount(std::size_t samples);
    void analyse(std::span<const float> samples, FrameTable& table);

private:
    void transform(std::span<const float> samples, std::size_t offset);
    void writeSpectralShape(FrameTable& table, int frame) const;
    void writeLoudness(FrameTable& table, int frame) const;
    float rolloff(float total) const;
    void writeCepstrum(FrameTable& table, int frame);
    void writeHarmony(FrameTable& table, int frame) const;
    static void writeTimeDomain(std::span<const float> hop, FrameTable& table, int frame);
    static void writeDeltas(FrameTable& table);

    RealFft m_fft;
    MelFilterBank m_mel;
    DctMatrix m_dct;
    ChromaMapper m_chroma;
    std::vector<float> m_window;
    std::vector<float> m_power;
    std::vector<float> m_db;
    std::vector<float> m_melDb;
    std::vector<float> m_previousMelDb;
    std::vector<float> m_binHz;
    std::vector<float> m_kWeights;    // per bin: K-filter response times the Parseval factor
    std::vector<int> m_contrastEdges; // bin index where each contrast band starts, plus the end
    float m_powerScale = 1.0f;
};

} // namespace soundalike
