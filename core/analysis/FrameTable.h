#pragma once

#include "core/analysis/DescriptorLayout.h"

#include <span>
#include <vector>

namespace soundalike {

// Per-frame measures of one excerpt, one contiguous column per measure, so that statistics over a range of
// frames read memory in order. The storage is reused from track to track and only grows.
class FrameTable
{
public:
    enum Column : int
    {
        Mfcc = 0,
        MfccDelta = Mfcc + DescriptorLayout::kMfccs,
        Centroid = MfccDelta + DescriptorLayout::kMfccs,
        Bandwidth,
        Rolloff,
        Flatness,
        Flux, // also the onset strength envelope
        ZeroCrossings,
        RmsDb,
        Peak,
        KWeightedPower, // mean square of the K-weighted signal (BS.1770), for loudness
        Contrast,
        Chroma =
            Contrast + DescriptorLayout::kContrastBands, // this frame's pitch-class profile, summing to 1
        Intervals = Chroma + DescriptorLayout::kPitchClasses,
        Tonal = Intervals + DescriptorLayout::kIntervalClasses, // 1 when the frame had spectral peaks to map
        Columns
    };

    void reset(int frames)
    {
        m_frames = frames;
        m_values.resize(std::size_t(frames) * Columns);
    }
    int frames() const { return m_frames; }
    std::span<float> column(int c)
    {
        return {m_values.data() + std::size_t(c) * m_frames, std::size_t(m_frames)};
    }
    std::span<const float> column(int c) const
    {
        return {m_values.data() + std::size_t(c) * m_frames, std::size_t(m_frames)};
    }
    float& at(int c, int frame) { return m_values[std::size_t(c) * m_frames + std::size_t(frame)]; }
    float at(int c, int frame) const { return m_values[std::size_t(c) * m_frames + std::size_t(frame)]; }

private:
    int m_frames = 0;
    std::vector<float> m_values;
};

} // namespace soundalike
