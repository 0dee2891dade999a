#include "core/analysis/ModulationSpectrum.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FrameTable.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace soundalike {

namespace {

using L = DescriptorLayout;

constexpr int kHop = ModulationSpectrum::kWindow / 2;
// First FFT bin of each octave of modulation rate, plus the end: bin k is k * 43.07 / 128 = 0.34 k Hz.
constexpr int kOctaveStart[L::kModulationBins + 1] = {
    1, 2, 4, 8, 16, 32, ModulationSpectrum::kWindow / 2 + 1};
// Floor of the power (dB² per bin), so that a band with a flat level gives a finite value.
constexpr double kPowerFloor = 1e-4;

} // namespace

ModulationSpectrum::ModulationSpectrum() : m_fft(kWindow), m_window(kWindow)
{
    for (int i = 0; i < kWindow; ++i)
        m_window[std::size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * (i + 0.5) / kWindow));
}

void ModulationSpectrum::describe(const FrameTable& table, int begin, int end, std::span<float> out)
{
    const int frames = end - begin;
    for (int g = 0; g < L::kBandGroups; ++g) {
        const auto band =
            table.column(FrameTable::BandLevel + g).subspan(std::size_t(begin), std::size_t(frames));
        double power[L::kModulationBins] = {};
        int windows = 0;
        // A range shorter than one window is transformed once, padded.
        for (int start = 0; windows == 0 || start + kWindow <= frames; start += kHop, ++windows)
            accumulate(band.subspan(std::size_t(start), std::size_t(std::min(kWindow, frames - start))),
                       power);
        for (int b = 0; b < L::kModulationBins; ++b)
            out[std::size_t(g * L::kModulationBins + b)] =
                float(10.0 * std::log10(std::max(power[b] / windows, kPowerFloor)));
    }
}

void ModulationSpectrum::accumulate(std::span<const float> envelope, std::span<double> power)
{
    double mean = 0.0;
    for (const float v : envelope)
        mean += v;
    mean /= double(std::max<std::size_t>(1, envelope.size()));
    const std::span<float> in = m_fft.input();
    std::fill(in.begin(), in.end(), 0.0f);
    for (std::size_t i = 0; i < envelope.size(); ++i)
        in[i] = float(envelope[i] - mean) * m_window[i];
    m_fft.transform();
    const auto bins = m_fft.output();
    for (int b = 0; b < L::kModulationBins; ++b) {
        double sum = 0.0;
        for (int k = kOctaveStart[b]; k < kOctaveStart[b + 1]; ++k)
            sum += std::norm(bins[std::size_t(k)]);
        power[std::size_t(b)] += sum / (kOctaveStart[b + 1] - kOctaveStart[b]) / kWindow;
    }
}

} // namespace soundalike
