#pragma once

#include "core/analysis/DescriptorLayout.h"

#include <array>
#include <span>
#include <vector>

namespace soundalike {

struct RhythmSummary
{
    float bpm = 0.0f;          // 0 when no pulse was found
    float pulseClarity = 0.0f; // 0..1: how strongly the onsets repeat at that tempo
    float onsetRate = 0.0f;    // onsets per second
    std::array<float, DescriptorLayout::kRhythmBins> periodicity{}; // strongest repetition in each tempo bin
};

// Tempo and rhythm from the onset strength envelope (one value per STFT hop). The envelope's autocorrelation
// is scored at each candidate beat period together with its multiples (a steady pulse repeats at 2, 3 and 4
// beats too), weighted by a broad preference for moderate tempi that settles octave ambiguities
// (90 rather than 45 or 180 BPM).
class TempoEstimator
{
public:
    TempoEstimator();

    RhythmSummary estimate(std::span<const float> onsets);

private:
    void autocorrelate(std::span<const float> onsets);
    float correlationAt(double lag) const;
    float score(double bpm) const;
    void findTempo(RhythmSummary& out) const;
    void fillPeriodicity(RhythmSummary& out) const;
    static float onsetRate(std::span<const float> onsets);

    std::vector<float> m_centred;
    std::vector<float> m_acf; // normalised: m_acf[0] == 1 unless the envelope is flat
    int m_usableLag = 0;
};

} // namespace soundalike
