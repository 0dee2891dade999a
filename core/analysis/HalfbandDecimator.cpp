#include "core/analysis/HalfbandDecimator.h"

#include <array>
#include <cmath>
#include <numbers>

namespace soundalike {

namespace {

constexpr int kPairs = 12;                  // non-zero tap pairs either side of the centre
constexpr int kHalfLength = 2 * kPairs - 1; // the outermost tap's distance from the centre
constexpr double kKaiserBeta = 8.0;

double besselI0(double x)
{
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 30; ++k) {
        term *= (x / (2 * k)) * (x / (2 * k));
        sum += term;
    }
    return sum;
}

struct Filter
{
    float centre = 0.5f;
    std::array<float, kPairs> taps{}; // at odd distances 1, 3, 5… from the centre
};

// The half-band sinc, 0.5 * sin(pi d / 2) / (pi d / 2) at distance d, through a Kaiser window, scaled to a
// gain of exactly 1 at 0 Hz.
Filter design()
{
    Filter filter;
    double sum = 0.5;
    std::array<double, kPairs> raw{};
    for (int i = 0; i < kPairs; ++i) {
        const double d = 2 * i + 1;
        const double r = d / (kHalfLength + 1);
        const double window = besselI0(kKaiserBeta * std::sqrt(1 - r * r)) / besselI0(kKaiserBeta);
        raw[std::size_t(i)] = std::sin(std::numbers::pi * d / 2) / (std::numbers::pi * d) * window;
        sum += 2 * raw[std::size_t(i)];
    }
    filter.centre = float(0.5 / sum);
    for (int i = 0; i < kPairs; ++i)
        filter.taps[std::size_t(i)] = float(raw[std::size_t(i)] / sum);
    return filter;
}

const Filter kFilter = design();

} // namespace

void HalfbandDecimator::process(const float* input, std::size_t count, std::vector<float>& output)
{
    if (m_inputs == 0 && m_pending.empty())
        m_pending.assign(kHalfLength, 0.0f); // the zeros before the first sample
    m_pending.insert(m_pending.end(), input, input + count);
    m_inputs += count;
    // m_pending[j] is input (m_consumedBase + j - kHalfLength).
    const std::size_t available = m_pending.size();
    std::size_t local = 2 * m_nextOutput - m_consumedBase; // index of output m's centre, minus kHalfLength
    if (local + 2 * kHalfLength < available) {
        const std::size_t outputs = (available - 2 * kHalfLength - local + 1) / 2;
        filter(m_pending.data() + local, outputs, output);
        m_nextOutput += outputs;
        local += 2 * outputs;
    }
    // Keep what the next outputs still reach back to.
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(local));
    m_consumedBase += local;
}

// Output k is centred on window[kHalfLength + 2k]; its taps reach the samples of the other parity, the even
// ones: window[kHalfLength + 2k +- (2i + 1)] = even[k + kPairs + i] and even[k + kPairs - 1 - i]. Split into
// the two phases, every tap becomes one pass over consecutive outputs, which the compiler turns into vector
// instructions; a single output's sum (as the direct form would run it) is a serial chain of 12 additions.
// Each output still adds its terms in the same order, so the result does not change by a bit.
void HalfbandDecimator::filter(const float* window, std::size_t outputs, std::vector<float>& output)
{
    m_even.resize(outputs + 2 * kPairs - 1);
    m_odd.resize(outputs + kPairs - 1);
    for (std::size_t j = 0; j < m_even.size(); ++j)
        m_even[j] = window[2 * j];
    for (std::size_t j = 0; j < m_odd.size(); ++j)
        m_odd[j] = window[2 * j + 1];
    const std::size_t before = output.size();
    output.resize(before + outputs);
    float* out = output.data() + before;
    const float* even = m_even.data();
    const float* centre = m_odd.data() + (kPairs - 1);
    for (std::size_t k = 0; k < outputs; ++k)
        out[k] = kFilter.centre * centre[k];
    for (std::size_t i = 0; i < std::size_t(kPairs); ++i) {
        const float tap = kFilter.taps[i];
        const float* right = even + kPairs + i;
        const float* left = even + (kPairs - 1 - i);
        for (std::size_t k = 0; k < outputs; ++k)
            out[k] += tap * (right[k] + left[k]);
    }
}

void HalfbandDecimator::flush(std::vector<float>& output)
{
    const std::size_t total = (m_inputs + 1) / 2;
    if (m_inputs > 0) {
        const std::vector<float> zeros(kHalfLength + 2, 0.0f);
        const std::size_t inputs = m_inputs;
        process(zeros.data(), zeros.size(), output);
        output.resize(output.size() - (m_nextOutput - total)); // outputs centred on the padding
        m_inputs = inputs;
    }
    reset();
}

void HalfbandDecimator::reset()
{
    m_pending.clear();
    m_consumedBase = 0;
    m_nextOutput = 0;
    m_inputs = 0;
}

} // namespace soundalike
