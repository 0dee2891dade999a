#include "core/analysis/MelFilterBank.h"

#include <algorithm>
#include <cmath>

namespace soundalike {

namespace {

double hzToMel(double hz)
{
    return 2595.0 * std::log10(1.0 + hz / 700.0);
}

double melToHz(double mel)
{
    return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
}

} // namespace

MelFilterBank::MelFilterBank(int bands, int fftSize, int sampleRate, double lowHz, double highHz)
{
    const double lowMel = hzToMel(lowHz);
    const double highMel = hzToMel(highHz);
    std::vector<double> edges(std::size_t(bands) + 2);
    for (std::size_t i = 0; i < edges.size(); ++i)
        edges[i] = melToHz(lowMel + (highMel - lowMel) * double(i) / double(bands + 1));
    const double binHz = double(sampleRate) / fftSize;
    const int lastBin = fftSize / 2;
    for (int b = 0; b < bands; ++b) {
        const double left = edges[std::size_t(b)];
        const double centre = edges[std::size_t(b) + 1];
        const double right = edges[std::size_t(b) + 2];
        const double area = 2.0 / (right - left);
        Band band;
        band.firstBin = std::clamp(int(std::ceil(left / binHz)), 0, lastBin);
        for (int k = band.firstBin; k <= lastBin && k * binHz < right; ++k) {
            const double hz = k * binHz;
            const double rise = (hz - left) / (centre - left);
            const double fall = (right - hz) / (right - centre);
            band.weights.push_back(float(area * std::max(0.0, std::min(rise, fall))));
        }
        m_bands.push_back(std::move(band));
    }
}

void MelFilterBank::apply(std::span<const float> power, std::span<float> bandEnergy) const
{
    for (std::size_t b = 0; b < m_bands.size(); ++b) {
        const Band& band = m_bands[b];
        const float* bins = power.data() + band.firstBin;
        float sum = 0.0f;
        for (std::size_t k = 0; k < band.weights.size(); ++k)
            sum += band.weights[k] * bins[k];
        bandEnergy[b] = sum;
    }
}

} // namespace soundalike
