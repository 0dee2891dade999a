#include "core/analysis/LoudnessMeter.h"

#include "core/analysis/AnalysisParameters.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace soundalike {

using namespace analysis;

namespace {

constexpr std::int64_t kStep = kSampleRate / 10;           // 100 ms between blocks
constexpr std::int64_t kBlock = 4 * kStep;                 // 400 ms gating block
constexpr std::int64_t kShortTerm = 30 * kStep;            // 3 s short-term window
constexpr double kDualMono = 2.0;                          // the mono mix counts as both channels
constexpr double kRelativeGateLu = -10.0;                  // BS.1770-4 integrated loudness
constexpr double kRangeGateLu = -20.0;                     // EBU Tech 3342 loudness range
constexpr double kSilentEnergy = 1.1724653e-7 / kDualMono; // -70 LUFS: 10^((-70 + 0.691) / 10)

double lufs(double energy)
{
    return -0.691 + 10.0 * std::log10(kDualMono * energy);
}

// A biquad's |H|^2 at normalised angular frequency w.
double biquadPower(const double (&b)[3], const double (&a)[3], double w)
{
    const std::complex<double> z = std::polar(1.0, -w);
    return std::norm((b[0] + z * (b[1] + z * b[2])) / (a[0] + z * (a[1] + z * a[2])));
}

// Blocks above the absolute gate and within `relativeGate` LU of their power mean.
template <typename Visit> void gate(const std::vector<double>& energies, double relativeGate, Visit visit)
{
    double sum = 0.0;
    int count = 0;
    for (const double e : energies) {
        if (e > kSilentEnergy) {
            sum += e;
            ++count;
        }
    }
    if (count == 0)
        return;
    const double threshold = std::max(kSilentEnergy, sum / count * std::pow(10.0, relativeGate / 10.0));
    for (const double e : energies) {
        if (e > threshold)
            visit(e);
    }
}

} // namespace

double LoudnessMeter::kWeighting(double hz)
{
    // The BS.1770 filters, designed for any rate from their analogue parameters (as libebur128 does).
    const double w = 2.0 * std::numbers::pi * hz / kSampleRate;
    double k = std::tan(std::numbers::pi * 1681.974450955533 / kSampleRate);
    double q = 0.7071752369554196;
    const double vh = std::pow(10.0, 3.999843853973347 / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    double a0 = 1.0 + k / q + k * k;
    const double shelfB[3] = {(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
                              (vh - vb * k / q + k * k) / a0};
    const double shelfA[3] = {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    k = std::tan(std::numbers::pi * 38.13547087602444 / kSampleRate);
    q = 0.5003270373238773;
    a0 = 1.0 + k / q + k * k;
    const double highPassB[3] = {1.0, -2.0, 1.0};
    const double highPassA[3] = {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    return biquadPower(shelfB, shelfA, w) * biquadPower(highPassB, highPassA, w);
}

void LoudnessMeter::setFrames(std::span<const float> frameEnergy)
{
    m_prefix.resize(frameEnergy.size() + 1);
    m_prefix[0] = 0.0;
    for (std::size_t f = 0; f < frameEnergy.size(); ++f)
        m_prefix[f + 1] = m_prefix[f] + double(frameEnergy[f]);
}

Loudness LoudnessMeter::measure(int beginFrame, int endFrame)
{
    const std::int64_t from = std::int64_t(beginFrame) * kHopSize;
    const std::int64_t to = std::int64_t(endFrame) * kHopSize;
    collect(from, to, kBlock, m_blocks);
    collect(from, to, kShortTerm, m_shortTerm);

    Loudness out{kSilenceLufs, 0.0f};
    double sum = 0.0;
    int count = 0;
    gate(m_blocks, kRelativeGateLu, [&](double e) {
        sum += e;
        ++count;
    });
    if (count > 0)
        out.integratedLufs = std::max(kSilenceLufs, float(lufs(sum / count)));

    m_gated.clear();
    gate(m_shortTerm, kRangeGateLu, [&](double e) { m_gated.push_back(float(lufs(e))); });
    if (m_gated.size() > 1) {
        const auto at = [&](double fraction) {
            const auto index = std::size_t(fraction * double(m_gated.size() - 1) + 0.5);
            std::nth_element(m_gated.begin(), m_gated.begin() + std::ptrdiff_t(index), m_gated.end());
            return m_gated[index];
        };
        const float low = at(0.10);
        out.rangeLu = std::max(0.0f, at(0.95) - low);
    }
    return out;
}

void LoudnessMeter::collect(std::int64_t from, std::int64_t to, std::int64_t length,
                            std::vector<double>& energies) const
{
    energies.clear();
    double energy = 0.0;
    for (std::int64_t start = (from + kStep - 1) / kStep * kStep;
         start < to && windowEnergy(start, length, energy); start += kStep)
        energies.push_back(energy);
}

bool LoudnessMeter::windowEnergy(std::int64_t start, std::int64_t length, double& energy) const
{
    // Frame f is centred on sample f * kHopSize + kFrameSize / 2.
    const auto frames = std::int64_t(m_prefix.size()) - 1;
    const std::int64_t covered = (frames - 1) * kHopSize + kFrameSize;
    if (start + length > covered)
        return false;
    const auto firstCentredAtOrAfter = [](std::int64_t sample) {
        const std::int64_t offset = sample - kFrameSize / 2;
        return offset <= 0 ? std::int64_t(0) : (offset + kHopSize - 1) / kHopSize;
    };
    const std::int64_t first = firstCentredAtOrAfter(start);
    const std::int64_t last = std::min(frames, firstCentredAtOrAfter(start + length));
    if (last <= first)
        return false;
    energy = (m_prefix[std::size_t(last)] - m_prefix[std::size_t(first)]) / double(last - first);
    return true;
}

} // namespace soundalike
