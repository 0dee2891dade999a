#pragma once

#include <span>
#include <vector>

namespace soundalike {

class FrameTable;

// Condenses a range of frames into the frame-level part of a descriptor: MFCC and spectral means and spreads,
// contrast, chroma, intervals and level statistics. Spectral statistics skip near-silent frames (a fade-out
// has no timbre), unless the whole range is silent.
class FrameStatistics
{
public:
    void summarize(const FrameTable& table, int begin, int end, std::span<float> descriptor);

private:
    void selectActive(const FrameTable& table, int begin, int end);
    void meanAndStd(std::span<const float> column, float& mean, float& deviation) const;
    void writeHarmony(const FrameTable& table, std::span<float> descriptor) const;
    void writeLevels(const FrameTable& table, int begin, int end, std::span<float> descriptor);

    std::vector<int> m_active;
    std::vector<float> m_scratch;
};

} // namespace soundalike
