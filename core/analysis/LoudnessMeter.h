#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace soundalike {

struct Loudness
{
    float integratedLufs = 0.0f;
    float rangeLu = 0.0f;
};

// EBU R 128 integrated loudness (ITU-R BS.1770-4 gating) and loudness range (EBU Tech 3342), computed from
// the shared STFT instead of a second pass over the samples: each frame's power spectrum, weighted by the
// K-filter's response, gives the K-weighted mean square of that frame (Parseval), and 400 ms gating blocks
// and 3 s short-term windows, every 100 ms, average the frames centred in them. libebur128 does the same in
// the time domain; the tests hold the two to the same figures, and this costs ~1 ms per track instead of ~30.
//
// The excerpt is the mono mix of the track, measured as dual mono: a stereo track with the same signal in
// both channels reads as it would on a stereo meter (EBU Tech 3341: a 1 kHz sine at -23 dBFS in both
// channels is -23 LUFS).
class LoudnessMeter
{
public:
    static constexpr float kSilenceLufs = -70.0f; // the R 128 absolute gate: anything quieter reads as this

    // |H(f)|^2 of BS.1770's K-weighting (high-frequency shelf and RLB high-pass) at analysis::kSampleRate.
    static double kWeighting(double hz);

    // frameEnergy: the K-weighted mean square of each STFT frame, one frame per hop.
    void setFrames(std::span<const float> frameEnergy);
    // Loudness of the gating blocks that start in frames [begin, end).
    Loudness measure(int beginFrame, int endFrame);

private:
    // Mean of the frame energies centred in [start, start + length) samples; false when the frames do not
    // cover that window.
    bool windowEnergy(std::int64_t start, std::int64_t length, double& energy) const;
    void collect(std::int64_t from, std::int64_t to, std::int64_t length,
                 std::vector<double>& energies) const;

    std::vector<double> m_prefix; // m_prefix[f] = sum of the energies of frames before f
    std::vector<double> m_blocks;
    std::vector<double> m_shortTerm;
    std::vector<float> m_gated;
};

} // namespace soundalike
