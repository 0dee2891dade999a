#include "core/analysis/HalfbandDecimator.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using namespace soundalike;

namespace {

constexpr int kTaps = 47;
constexpr int kHalf = kTaps / 2;

std::vector<float> decimate(const std::vector<float>& input, const std::vector<std::size_t>& chunks)
{
    HalfbandDecimator decimator;
    std::vector<float> output;
    std::size_t at = 0;
    for (std::size_t i = 0; at < input.size(); ++i) {
        const std::size_t count = std::min(chunks[i % chunks.size()], input.size() - at);
        decimator.process(input.data() + at, count, output);
        at += count;
    }
    decimator.flush(output);
    return output;
}

// The filter's taps, read back as its response to a unit impulse at every other input (outputs are taken
// at even inputs, so an impulse at input 2m + d lands on tap d of output m).
std::vector<float> impulseResponse()
{
    std::vector<float> taps(kTaps);
    for (int d = -kHalf; d <= kHalf; ++d) {
        std::vector<float> impulse(200, 0.0f);
        impulse[std::size_t(100 + d)] = 1.0f;
        taps[std::size_t(d + kHalf)] = decimate(impulse, {200})[50];
    }
    return taps;
}

double sineGain(double cyclesPerInput)
{
    std::vector<float> input(20000);
    for (std::size_t i = 0; i < input.size(); ++i)
        input[i] = float(std::sin(2 * std::numbers::pi * cyclesPerInput * double(i)));
    const std::vector<float> output = decimate(input, {4096});
    double sum = 0;
    for (std::size_t m = 1000; m < 9000; ++m)
        sum += double(output[m]) * output[m];
    return std::sqrt(sum / 8000 * 2);
}

} // namespace

class TestHalfbandDecimator : public QObject
{
    Q_OBJECT

private slots:
    void isASymmetricHalfBandFilterWithUnitGain()
    {
        const std::vector<float> taps = impulseResponse();
        double sum = 0;
        for (int d = -kHalf; d <= kHalf; ++d) {
            QCOMPARE(taps[std::size_t(kHalf + d)], taps[std::size_t(kHalf - d)]);
            if (d != 0 && d % 2 == 0)
                QCOMPARE(taps[std::size_t(kHalf + d)], 0.0f);
            sum += taps[std::size_t(kHalf + d)];
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-6);
        QVERIFY(std::abs(taps[kHalf] - 0.5f) < 1e-3);
    }

    // The polyphase loops must give what the direct form gives, to the bit, however the input is chunked.
    void equalsTheDirectFormInAnyChunking()
    {
        std::mt19937 random(7);
        std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
        std::vector<float> input(30001);
        for (float& x : input)
            x = noise(random);
        const std::vector<float> taps = impulseResponse();
        std::vector<float> expected((input.size() + 1) / 2);
        for (std::size_t m = 0; m < expected.size(); ++m) {
            const auto at = [&](std::ptrdiff_t i) {
                return i < 0 || i >= std::ptrdiff_t(input.size()) ? 0.0f : input[std::size_t(i)];
            };
            const std::ptrdiff_t c = std::ptrdiff_t(2 * m);
            float sum = taps[kHalf] * at(c);
            for (int d = 1; d <= kHalf; d += 2)
                sum += taps[std::size_t(kHalf + d)] * (at(c + d) + at(c - d));
            expected[m] = sum;
        }
        for (const std::vector<std::size_t>& chunks :
             {std::vector<std::size_t>{30001}, {4096}, {1, 2, 3, 5, 47, 1000}, {1}}) {
            const std::vector<float> output = decimate(input, chunks);
            QCOMPARE(output.size(), expected.size());
            for (std::size_t m = 0; m < expected.size(); ++m) {
                if (output[m] != expected[m]) // not QCOMPARE: it compares floats fuzzily
                    QFAIL(qPrintable(QStringLiteral("output %1: %2, direct form %3")
                                         .arg(m)
                                         .arg(double(output[m]), 0, 'g', 9)
                                         .arg(double(expected[m]), 0, 'g', 9)));
            }
        }
    }

    void passesTheLowBandAndStopsTheHighBand()
    {
        QVERIFY(std::abs(sineGain(1000.0 / 44100) - 1.0) < 1e-3);
        QVERIFY(sineGain(16000.0 / 44100) < std::pow(10.0, -70.0 / 20));
    }
};

QTEST_APPLESS_MAIN(TestHalfbandDecimator)
#include "tst_halfbanddecimator.moc"
