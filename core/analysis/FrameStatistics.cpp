#include "core/analysis/FrameStatistics.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FrameTable.h"

#include <algorithm>
#include <cmath>

namespace soundalike {

namespace {

using L = DescriptorLayout;

static_assert(int(FrameTable::ZeroCrossings) - int(FrameTable::Centroid) == int(L::ZeroCrossings),
              "the frame columns of the spectral measures follow DescriptorLayout::SpectralMeasure");

// Frames quieter than this (the EBU R 128 absolute gate, as RMS) are left out of spectral statistics.
constexpr float kActiveDb = -70.0f;

float percentile(std::vector<float>& values, double fraction)
{
    const auto index = std::size_t(fraction * double(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(index), values.end());
    return values[index];
}

} // namespace

void FrameStatistics::summarize(const FrameTable& table, int begin, int end, std::span<float> d)
{
    selectActive(table, begin, end);
    for (int c = 0; c < L::kMfccs; ++c) {
        float unused = 0.0f;
        meanAndStd(table.column(FrameTable::Mfcc + c), d[std::size_t(L::MfccMean + c)],
                   d[std::size_t(L::MfccStd + c)]);
        meanAndStd(table.column(FrameTable::MfccDelta + c), unused, d[std::size_t(L::MfccDeltaStd + c)]);
    }
    for (int m = 0; m < L::SpectralMeasures; ++m)
        meanAndStd(table.column(FrameTable::Centroid + m), d[std::size_t(L::Spectral + 2 * m)],
                   d[std::size_t(L::Spectral + 2 * m + 1)]);
    for (int b = 0; b < L::kContrastBands; ++b) {
        float unused = 0.0f;
        meanAndStd(table.column(FrameTable::Contrast + b), d[std::size_t(L::Contrast + b)], unused);
    }
    writeHarmony(table, d);
    writeLevels(table, begin, end, d);
}

void FrameStatistics::selectActive(const FrameTable& table, int begin, int end)
{
    m_active.clear();
    const auto rms = table.column(FrameTable::RmsDb);
    for (int f = begin; f < end; ++f) {
        if (rms[std::size_t(f)] > kActiveDb)
            m_active.push_back(f);
    }
    if (m_active.empty()) {
        for (int f = begin; f < end; ++f)
            m_active.push_back(f);
    }
}

void FrameStatistics::meanAndStd(std::span<const float> column, float& mean, float& deviation) const
{
    double sum = 0.0;
    for (const int f : m_active)
        sum += column[std::size_t(f)];
    const double m = sum / double(m_active.size());
    double squares = 0.0;
    for (const int f : m_active) {
        const double x = column[std::size_t(f)] - m;
        squares += x * x;
    }
    mean = float(m);
    deviation = float(std::sqrt(squares / double(m_active.size())));
}

void FrameStatistics::writeHarmony(const FrameTable& table, std::span<float> d) const
{
    double chroma[L::kPitchClasses] = {};
    double intervals[L::kIntervalClasses] = {};
    int tonalFrames = 0;
    for (const int f : m_active) {
        if (table.at(FrameTable::Tonal, f) == 0.0f)
            continue;
        ++tonalFrames;
        for (int c = 0; c < L::kPitchClasses; ++c)
            chroma[c] += table.at(FrameTable::Chroma + c, f);
        for (int i = 0; i < L::kIntervalClasses; ++i)
            intervals[i] += table.at(FrameTable::Intervals + i, f);
    }
    double total = 0.0;
    for (const double c : chroma)
        total += c;
    double entropy = 0.0;
    for (int c = 0; c < L::kPitchClasses; ++c) {
        const double p = total > 0.0 ? chroma[c] / total : 0.0;
        d[std::size_t(L::Chroma + c)] = float(p);
        entropy -= p > 0.0 ? p * std::log(p) : 0.0;
    }
    for (int i = 0; i < L::kIntervalClasses; ++i)
        d[std::size_t(L::Intervals + i)] = tonalFrames ? float(intervals[i] / tonalFrames) : 0.0f;
    // 1 when every tonal frame sounds the same single pitch class, 0 when all twelve are equally present.
    d[L::ChromaClarity] = total > 0.0 ? float(1.0 - entropy / std::log(double(L::kPitchClasses))) : 0.0f;
}

void FrameStatistics::writeLevels(const FrameTable& table, int begin, int end, std::span<float> d)
{
    const auto rms = table.column(FrameTable::RmsDb).subspan(std::size_t(begin), std::size_t(end - begin));
    const auto peaks = table.column(FrameTable::Peak).subspan(std::size_t(begin), std::size_t(end - begin));
    double sum = 0.0;
    double energy = 0.0;
    for (const float db : rms) {
        sum += db;
        energy += std::pow(10.0, db / 10.0);
    }
    const double mean = sum / double(rms.size());
    double squares = 0.0;
    for (const float db : rms)
        squares += (db - mean) * (db - mean);
    const float loudest = *std::max_element(peaks.begin(), peaks.end());
    const double overallRms = std::sqrt(energy / double(rms.size()));
    m_scratch.clear();
    for (const int f : m_active)
        m_scratch.push_back(table.at(FrameTable::RmsDb, f));
    const float range = percentile(m_scratch, 0.95) - percentile(m_scratch, 0.10);

    d[std::size_t(L::Loudness + L::RmsMeanDb)] = float(mean);
    d[std::size_t(L::Loudness + L::RmsStdDb)] = float(std::sqrt(squares / double(rms.size())));
    d[std::size_t(L::Loudness + L::DynamicRangeDb)] = range;
    d[std::size_t(L::Loudness + L::CrestDb)] =
        loudest > 0.0f && overallRms > 0.0 ? float(20.0 * std::log10(loudest / overallRms)) : 0.0f;
}

} // namespace soundalike
