#include "core/analysis/SpectralFrames.h"

#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/FastLog.h"
#include "core/analysis/FrameTable.h"
#include "core/analysis/LaneSum.h"
#include "core/analysis/LoudnessMeter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace soundalike {

using namespace analysis;

namespace {

constexpr float kRolloffFraction = 0.85f;
// A frame whose total power is below this (-100 dB) has no spectral shape to speak of.
constexpr float kSilentPower = 1e-10f;
constexpr float kRmsFloor = 1e-6f; // -120 dBFS

} // namespace

SpectralFrames::SpectralFrames()
    : m_fft(kFrameSize), m_mel(kMelBands, kFrameSize, kSampleRate, kMelLowHz, kMelHighHz),
      m_dct(kMelBands, DescriptorLayout::kMfccs), m_chroma(kFrameSize, kSampleRate), m_window(kFrameSize),
      m_power(kBins), m_db(kBins), m_melDb(kMelBands), m_previousMelDb(kMelBands), m_binHz(kBins),
      m_kWeights(kBins)
{
    double windowSum = 0.0;
    double windowSquares = 0.0;
    for (int i = 0; i < kFrameSize; ++i) {
        m_window[std::size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / kFrameSize));
        windowSum += m_window[std::size_t(i)];
        windowSquares += double(m_window[std::size_t(i)]) * m_window[std::size_t(i)];
    }
    // A full-scale sine then peaks at power 1 (0 dB) in its bin.
    m_powerScale = float(4.0 / (windowSum * windowSum));
    // Parseval: a frame's mean square is its two-sided power sum over (scale * N * sum of the squared
    // window).
    const double parseval = 1.0 / (double(m_powerScale) * kFrameSize * windowSquares);
    for (int k = 0; k < kBins; ++k) {
        m_binHz[std::size_t(k)] = float(k) * float(kSampleRate) / kFrameSize;
        const double sides = k == 0 || k == kBins - 1 ? 1.0 : 2.0;
        m_kWeights[std::size_t(k)] =
            float(sides * parseval * LoudnessMeter::kWeighting(m_binHz[std::size_t(k)]));
    }
    for (const double hz : DescriptorLayout::contrastEdgesHz())
        m_contrastEdges.push_back(std::clamp(int(std::lround(hz * kFrameSize / kSampleRate)), 1, kBins - 1));
}

int SpectralFrames::frameCount(std::size_t samples)
{
    return samples <= std::size_t(kFrameSize) ? 1 : 1 + int((samples - kFrameSize) / kHopSize);
}

void SpectralFrames::analyse(std::span<const float> samples, FrameTable& table)
{
    const int frames = frameCount(samples.size());
    table.reset(frames);
    for (int f = 0; f < frames; ++f) {
        const std::size_t offset = std::size_t(f) * kHopSize;
        transform(samples, offset);
        writeSpectralShape(table, f);
        writeLoudness(table, f);
        writeCepstrum(table, f);
        writeHarmony(table, f);
        const std::size_t start = std::min(offset, samples.size());
        writeTimeDomain(samples.subspan(start, std::min<std::size_t>(kHopSize, samples.size() - start)),
                        table, f);
    }
    writeDeltas(table);
}

void SpectralFrames::transform(std::span<const float> samples, std::size_t offset)
{
    const std::span<float> in = m_fft.input();
    const std::size_t available =
        offset < samples.size() ? std::min<std::size_t>(kFrameSize, samples.size() - offset) : 0;
    for (std::size_t i = 0; i < available; ++i)
        in[i] = samples[offset + i] * m_window[i];
    std::fill(in.begin() + std::ptrdiff_t(available), in.end(), 0.0f);
    m_fft.transform();
    // Two plain loops over float arrays, so that both vectorise. Not std::norm: libstdc++ computes it
    // through a square root (hypot) unless -ffast-math.
    const auto* bins = reinterpret_cast<const float*>(m_fft.output().data()); // interleaved re, im
    for (std::size_t k = 0; k < std::size_t(kBins); ++k)
        m_power[k] = (bins[2 * k] * bins[2 * k] + bins[2 * k + 1] * bins[2 * k + 1]) * m_powerScale;
    for (std::size_t k = 0; k < std::size_t(kBins); ++k) {
        const float power = m_power[k];
        m_db[k] = powerToDb(power > kPowerFloor ? power : kPowerFloor);
    }
}

void SpectralFrames::writeSpectralShape(FrameTable& table, int frame) const
{
    // Bins 1..kBins-1: the DC bin says nothing about timbre (and 512 bins split evenly into vector lanes).
    constexpr int first = 1;
    constexpr int end = kBins;
    constexpr float bins = float(end - first);
    const float* power = m_power.data();
    const float* hz = m_binHz.data();
    const float* db = m_db.data();
    const float total = laneSum(first, end, [&](int k) { return power[k]; });
    const float dbMean = laneSum(first, end, [&](int k) { return db[k]; }) / bins;
    const bool silent = total <= kSilentPower;
    const float centroid =
        silent ? 0.0f : laneSum(first, end, [&](int k) { return power[k] * hz[k]; }) / total;
    const float spread = silent ? 0.0f : laneSum(first, end, [&](int k) {
                                             return power[k] * (hz[k] - centroid) * (hz[k] - centroid);
                                         }) / total;
    table.at(FrameTable::Centroid, frame) = centroid;
    table.at(FrameTable::Bandwidth, frame) = std::sqrt(spread);
    table.at(FrameTable::Rolloff, frame) = silent ? 0.0f : rolloff(total);
    // Geometric over arithmetic mean of the power spectrum: 1 for white noise, near 0 for a few tones.
    const float meanPowerDb = powerToDb(std::max(total / bins, kPowerFloor));
    table.at(FrameTable::Flatness, frame) = std::pow(10.0f, std::min(0.0f, dbMean - meanPowerDb) / 10.0f);
    // Contrast: how far each band's strongest bin stands above the band's mean level, in dB.
    for (int b = 0; b < DescriptorLayout::kContrastBands; ++b) {
        const int from = m_contrastEdges[std::size_t(b)];
        const int to = std::max(m_contrastEdges[std::size_t(b) + 1], from + 1);
        const float peak = *std::max_element(db + from, db + to);
        table.at(FrameTable::Contrast + b, frame) =
            peak - laneSum(from, to, [&](int k) { return db[k]; }) / float(to - from);
    }
}

void SpectralFrames::writeLoudness(FrameTable& table, int frame) const
{
    const float* power = m_power.data();
    const float* weights = m_kWeights.data();
    table.at(FrameTable::KWeightedPower, frame) =
        laneSum(0, kBins, [&](int k) { return power[k] * weights[k]; });
}

float SpectralFrames::rolloff(float total) const
{
    // The frequency below which kRolloffFraction of the power lies; whole blocks of bins are skipped first.
    constexpr int kBlock = 8;
    const float target = kRolloffFraction * total;
    float cumulative = 0.0f;
    int k = 1;
    for (; k + kBlock <= kBins; k += kBlock) {
        const float block = laneSum(k, k + kBlock, [&](int i) { return m_power[std::size_t(i)]; });
        if (cumulative + block >= target)
            break;
        cumulative += block;
    }
    for (; k < kBins; ++k) {
        cumulative += m_power[std::size_t(k)];
        if (cumulative >= target)
            return m_binHz[std::size_t(k)];
    }
    return m_binHz.back();
}

void SpectralFrames::writeCepstrum(FrameTable& table, int frame)
{
    m_mel.apply(m_power, m_melDb);
    for (float& band : m_melDb)
        band = powerToDb(std::max(band, kPowerFloor));
    std::array<float, DescriptorLayout::kMfccs> mfcc{};
    m_dct.apply(m_melDb, mfcc);
    for (int c = 0; c < DescriptorLayout::kMfccs; ++c)
        table.at(FrameTable::Mfcc + c, frame) = mfcc[std::size_t(c)];
    float flux = 0.0f;
    if (frame > 0) {
        for (std::size_t b = 0; b < m_melDb.size(); ++b)
            flux += std::max(0.0f, m_melDb[b] - m_previousMelDb[b]);
        flux /= float(m_melDb.size());
    }
    table.at(FrameTable::Flux, frame) = flux;
    std::swap(m_melDb, m_previousMelDb);
}

void SpectralFrames::writeHarmony(FrameTable& table, int frame) const
{
    std::array<float, DescriptorLayout::kPitchClasses> chroma{};
    const bool tonal = m_chroma.map(m_power, m_db, chroma);
    for (int c = 0; c < DescriptorLayout::kPitchClasses; ++c)
        table.at(FrameTable::Chroma + c, frame) = chroma[std::size_t(c)];
    table.at(FrameTable::Tonal, frame) = tonal ? 1.0f : 0.0f;
    // Interval classes: how much the pitch classes sounding together lie 1..6 semitones apart.
    for (int interval = 1; interval <= DescriptorLayout::kIntervalClasses; ++interval) {
        float sum = 0.0f;
        for (int c = 0; c < DescriptorLayout::kPitchClasses; ++c)
            sum += chroma[std::size_t(c)] *
                   chroma[std::size_t((c + interval) % DescriptorLayout::kPitchClasses)];
        table.at(FrameTable::Intervals + interval - 1, frame) = sum;
    }
}

void SpectralFrames::writeTimeDomain(std::span<const float> hop, FrameTable& table, int frame)
{
    const int n = int(hop.size());
    const float* x = hop.data();
    const float energy = laneSum(0, n, [&](int i) { return x[i] * x[i]; });
    // Compare-and-count, so that the loop vectorises.
    int crossings = 0;
    for (int i = 1; i < n; ++i)
        crossings += x[i] * x[i - 1] < 0.0f ? 1 : 0;
    const float peak = laneMax(0, n, 0.0f, [&](int i) { return std::abs(x[i]); });
    const float count = float(std::max<std::size_t>(hop.size(), 1));
    table.at(FrameTable::ZeroCrossings, frame) = float(crossings) / count;
    table.at(FrameTable::RmsDb, frame) = 20.0f * std::log10(std::max(std::sqrt(energy / count), kRmsFloor));
    table.at(FrameTable::Peak, frame) = peak;
}

void SpectralFrames::writeDeltas(FrameTable& table)
{
    // Regression slope over +-2 frames, the usual MFCC delta; edges repeat the first and last frame.
    const int frames = table.frames();
    for (int c = 0; c < DescriptorLayout::kMfccs; ++c) {
        const auto in = table.column(FrameTable::Mfcc + c);
        const auto out = table.column(FrameTable::MfccDelta + c);
        const auto at = [&](int f) { return in[std::size_t(std::clamp(f, 0, frames - 1))]; };
        for (int f = 0; f < frames; ++f)
            out[std::size_t(f)] = ((at(f + 1) - at(f - 1)) + 2.0f * (at(f + 2) - at(f - 2))) / 10.0f;
    }
}

} // namespace soundalike
