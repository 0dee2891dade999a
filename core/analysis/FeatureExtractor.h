#pragma once

#include "core/analysis/FrameStatistics.h"
#include "core/analysis/FrameTable.h"
#include "core/analysis/LoudnessMeter.h"
#include "core/analysis/SpectralFrames.h"
#include "core/analysis/TempoEstimator.h"
#include "core/common/AudioDescriptor.h"

#include <span>
#include <utility>
#include <vector>

namespace soundalike {

// Turns a mono excerpt at analysis::kSampleRate into an AudioDescriptor: the summary over the whole excerpt
// and one row per ~10-second segment. Whatever the input (silence, a few samples, NaN, absurd amplitudes),
// every value comes out finite. Not thread-safe: use one extractor per thread; it keeps its buffers between
// tracks.
class FeatureExtractor
{
public:
    // Cleans `samples` in place (non-finite values become 0, the rest is clipped to +-kMaxAmplitude), then
    // describes them.
    AudioDescriptor extract(std::span<float> samples);

    // How the frames of an excerpt are split into segments, as [begin, end) frame ranges.
    static std::vector<std::pair<int, int>> segmentFrames(int frames);

private:
    void describeRange(int begin, int end, std::span<float> row);

    SpectralFrames m_spectral;
    FrameTable m_table;
    FrameStatistics m_statistics;
    TempoEstimator m_tempo;
    LoudnessMeter m_loudness;
};

} // namespace soundalike
