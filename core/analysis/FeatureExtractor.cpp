#include "core/analysis/FeatureExtractor.h"

#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/DescriptorLayout.h"

#include <algorithm>
#include <cmath>

namespace soundalike {

using namespace analysis;

namespace {

using L = DescriptorLayout;

void clean(std::span<float> samples)
{
    for (float& s : samples)
        s = std::isfinite(s) ? std::clamp(s, -kMaxAmplitude, kMaxAmplitude) : 0.0f;
}

void writeRhythm(const RhythmSummary& rhythm, std::span<float> row)
{
    row[L::Tempo + L::TempoBpm] = rhythm.bpm;
    row[L::Tempo + L::PulseClarity] = rhythm.pulseClarity;
    row[L::Tempo + L::OnsetRate] = rhythm.onsetRate;
    std::copy(rhythm.periodicity.begin(), rhythm.periodicity.end(), row.begin() + L::Rhythm);
}

void writeLoudness(const Loudness& loudness, std::span<float> row)
{
    row[L::Loudness + L::IntegratedLufs] = loudness.integratedLufs;
    row[L::Loudness + L::RangeLu] = loudness.rangeLu;
}

// The last line of defence: a descriptor never carries NaN or infinity into the store or a distance.
void makeFinite(std::vector<float>& values)
{
    for (float& v : values)
        v = std::isfinite(v) ? v : 0.0f;
}

} // namespace

std::vector<std::pair<int, int>> FeatureExtractor::segmentFrames(int frames)
{
    const double perSegment = kSegmentSeconds * kFramesPerSecond;
    const int count = std::max(1, int(std::lround(frames / perSegment)));
    std::vector<std::pair<int, int>> ranges;
    for (int s = 0; s < count; ++s)
        ranges.emplace_back(int(std::int64_t(frames) * s / count),
                            int(std::int64_t(frames) * (s + 1) / count));
    return ranges;
}

AudioDescriptor FeatureExtractor::extract(std::span<float> samples)
{
    clean(samples);
    m_spectral.analyse(samples, m_table);
    const int frames = m_table.frames();
    const auto segments = segmentFrames(frames);

    m_loudness.setFrames(m_table.column(FrameTable::KWeightedPower));

    AudioDescriptor descriptor;
    descriptor.version = L::kVersion;
    descriptor.summary.assign(L::dimensions(), 0.0f);
    describeRange(0, frames, descriptor.summary);

    descriptor.segments.assign(segments.size() * L::dimensions(), 0.0f);
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const std::span<float> row(descriptor.segments.data() + s * L::dimensions(), L::dimensions());
        describeRange(segments[s].first, segments[s].second, row);
    }
    makeFinite(descriptor.summary);
    makeFinite(descriptor.segments);
    return descriptor;
}

void FeatureExtractor::describeRange(int begin, int end, std::span<float> row)
{
    m_statistics.summarize(m_table, begin, end, row);
    const auto onsets =
        m_table.column(FrameTable::Flux).subspan(std::size_t(begin), std::size_t(end - begin));
    writeRhythm(m_tempo.estimate(onsets), row);
    writeLoudness(m_loudness.measure(begin, end), row);
}

} // namespace soundalike
