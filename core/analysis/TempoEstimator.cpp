#include "core/analysis/TempoEstimator.h"

#include "core/analysis/AnalysisParameters.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace soundalike {

using namespace analysis;

namespace {

constexpr double kSlowestBpm = 50.0;
constexpr double kFastestBpm = 220.0;
constexpr double kBpmStep = 0.25;
constexpr int kHarmonics = 4;
constexpr double kPreferredBpm = 120.0;
constexpr double kPreferenceOctaves = 1.0; // standard deviation of the log-normal tempo preference
// Longest lag ever needed: four beats at the slowest tempo, or one period of the slowest rhythm bin.
const int kMaxLag = int(std::ceil(std::max(kHarmonics * 60.0 / kSlowestBpm,
                                           60.0 / DescriptorLayout::rhythmEdgesBpm().front()) *
                                  kFramesPerSecond)) +
                    1;

double lagOf(double bpm)
{
    return 60.0 / bpm * kFramesPerSecond;
}

} // namespace

TempoEstimator::TempoEstimator() : m_acf(std::size_t(kMaxLag) + 1) {}

RhythmSummary TempoEstimator::estimate(std::span<const float> onsets)
{
    RhythmSummary out;
    out.onsetRate = onsetRate(onsets);
    autocorrelate(onsets);
    if (m_acf[0] <= 0.0f)
        return out;
    findTempo(out);
    fillPeriodicity(out);
    return out;
}

void TempoEstimator::autocorrelate(std::span<const float> onsets)
{
    const std::size_t n = onsets.size();
    const double mean = n ? std::accumulate(onsets.begin(), onsets.end(), 0.0) / double(n) : 0.0;
    m_centred.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_centred[i] = onsets[i] - float(mean);
    // Lags beyond half the envelope rest on too few products to trust.
    m_usableLag = std::min(kMaxLag, int(n / 2));
    std::fill(m_acf.begin(), m_acf.end(), 0.0f);
    for (int lag = 0; lag <= m_usableLag; ++lag) {
        double sum = 0.0;
        const float* a = m_centred.data();
        const float* b = m_centred.data() + lag;
        for (std::size_t i = 0; i + std::size_t(lag) < n; ++i)
            sum += double(a[i] * b[i]);
        m_acf[std::size_t(lag)] =
            float(sum / double(n - std::size_t(lag))); // unbiased: long lags not penalised
    }
    const float energy = m_acf[0];
    if (energy <= 1e-12f) {
        m_acf[0] = 0.0f;
        return;
    }
    for (float& value : m_acf)
        value /= energy;
}

float TempoEstimator::correlationAt(double lag) const
{
    const int below = int(lag);
    const float fraction = float(lag - below);
    return m_acf[std::size_t(below)] * (1.0f - fraction) + m_acf[std::size_t(below) + 1] * fraction;
}

float TempoEstimator::score(double bpm) const
{
    const double lag = lagOf(bpm);
    float sum = 0.0f;
    int used = 0;
    for (int k = 1; k <= kHarmonics && k * lag < m_usableLag; ++k, ++used)
        sum += correlationAt(k * lag);
    if (used == 0)
        return -1.0f;
    const double octaves = std::log2(bpm / kPreferredBpm) / kPreferenceOctaves;
    return float(std::exp(-0.5 * octaves * octaves)) * sum / float(used);
}

void TempoEstimator::findTempo(RhythmSummary& out) const
{
    const int steps = int((kFastestBpm - kSlowestBpm) / kBpmStep);
    int best = -1;
    float bestScore = 0.0f;
    for (int i = 0; i <= steps; ++i) {
        const float s = score(kSlowestBpm + i * kBpmStep);
        if (s > bestScore) {
            bestScore = s;
            best = i;
        }
    }
    if (best < 0)
        return;
    double bpm = kSlowestBpm + best * kBpmStep;
    if (best > 0 && best < steps) {
        // Parabolic refinement between grid points.
        const float before = score(bpm - kBpmStep);
        const float after = score(bpm + kBpmStep);
        const float curvature = before - 2.0f * bestScore + after;
        if (curvature < 0.0f)
            bpm += kBpmStep * 0.5 * double(before - after) / double(curvature);
    }
    out.bpm = float(bpm);
    float clarity = 0.0f;
    int used = 0;
    for (int k = 1; k <= kHarmonics && k * lagOf(bpm) < m_usableLag; ++k, ++used)
        clarity += correlationAt(k * lagOf(bpm));
    out.pulseClarity = used ? std::clamp(clarity / float(used), 0.0f, 1.0f) : 0.0f;
}

void TempoEstimator::fillPeriodicity(RhythmSummary& out) const
{
    const auto& edges = DescriptorLayout::rhythmEdgesBpm();
    for (int bin = 0; bin < DescriptorLayout::kRhythmBins; ++bin) {
        const double shortLag = lagOf(edges[std::size_t(bin) + 1]);
        const double longLag = lagOf(edges[std::size_t(bin)]);
        float strongest = 0.0f;
        for (int lag = int(std::ceil(shortLag)); lag <= int(longLag) && lag < m_usableLag; ++lag)
            strongest = std::max(strongest, m_acf[std::size_t(lag)]);
        out.periodicity[std::size_t(bin)] = strongest;
    }
}

float TempoEstimator::onsetRate(std::span<const float> onsets)
{
    const std::size_t n = onsets.size();
    if (n < 3)
        return 0.0f;
    double sum = 0.0;
    double squares = 0.0;
    for (const float o : onsets) {
        sum += o;
        squares += double(o) * o;
    }
    const double mean = sum / double(n);
    const double deviation = std::sqrt(std::max(0.0, squares / double(n) - mean * mean));
    if (deviation < 1e-3)
        return 0.0f;
    // An onset: a local maximum within +-3 hops (~70 ms) that stands a deviation above the mean.
    constexpr int kReach = 3;
    const float threshold = float(mean + deviation);
    int count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (onsets[i] <= threshold)
            continue;
        const std::size_t from = i >= std::size_t(kReach) ? i - kReach : 0;
        const std::size_t to = std::min(n - 1, i + kReach);
        const auto strongest =
            std::max_element(onsets.begin() + std::ptrdiff_t(from), onsets.begin() + std::ptrdiff_t(to) + 1);
        count += strongest == onsets.begin() + std::ptrdiff_t(i) ? 1 : 0;
    }
    return float(count / (double(n) / kFramesPerSecond));
}

} // namespace soundalike
