#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/DescriptorViews.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace soundalike;
using L = DescriptorLayout;

namespace {

// A plausible descriptor: every dimension has a distinct value, the rhythm histogram one peak.
std::vector<float> descriptor()
{
    std::vector<float> row(L::dimensions());
    for (int i = 0; i < L::dimensions(); ++i)
        row[std::size_t(i)] = 1.0f + 0.37f * float(i);
    row[L::Tempo + L::TempoBpm] = 120.0f;
    row[L::Tempo + L::OnsetRate] = 3.0f;
    std::fill_n(row.begin() + L::Rhythm, L::kRhythmBins, 0.0f);
    row[L::Rhythm + 6] = 1.0f;
    return row;
}

std::vector<float> viewed(std::vector<float> row, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    DescriptorViews::forDescriptors().apply(row.data(), rng);
    return row;
}

float at(const std::vector<float>& row, int column)
{
    return row[std::size_t(column)];
}

} // namespace

class TestDescriptorViews : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameView()
    {
        QCOMPARE(viewed(descriptor(), 5), viewed(descriptor(), 5));
        QVERIFY(viewed(descriptor(), 5) != viewed(descriptor(), 6));
    }

    void emptyViewsChangeNothing()
    {
        std::vector<float> row = descriptor();
        std::mt19937_64 rng(1);
        DescriptorViews().apply(row.data(), rng);
        QCOMPARE(row, descriptor());
        QVERIFY(DescriptorViews().empty());
        QVERIFY(!DescriptorViews::forDescriptors().empty());
    }

    void chromaIsRotatedToAnotherKey()
    {
        const std::vector<float> before = descriptor();
        int keyChanges = 0;
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            const std::vector<float> after = viewed(before, seed);
            int semitones = -1;
            for (int k = 0; k < L::kPitchClasses && semitones < 0; ++k) {
                bool rotated = true;
                for (int p = 0; p < L::kPitchClasses; ++p)
                    rotated &= at(after, L::Chroma + p) == at(before, L::Chroma + (p + k) % L::kPitchClasses);
                semitones = rotated ? k : -1;
            }
            QVERIFY2(semitones >= 0, "the pitch-class profile is not a rotation of the original");
            keyChanges += semitones > 0;
            // Key-independent harmony stays as it is.
            for (int i = L::Intervals; i < L::Tempo; ++i)
                QCOMPARE(at(after, i), at(before, i));
        }
        QVERIFY(keyChanges >= 15);
    }

    void tempoChangesByAtMostTenPercentAndMovesTheRhythm()
    {
        const std::vector<float> before = descriptor();
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            const std::vector<float> after = viewed(before, seed);
            const double factor = at(after, L::Tempo + L::TempoBpm) / at(before, L::Tempo + L::TempoBpm);
            QVERIFY2(factor >= 0.9 && factor <= 1.1, qPrintable(QString::number(factor)));
            QCOMPARE(at(after, L::Tempo + L::OnsetRate), float(at(before, L::Tempo + L::OnsetRate) * factor));
            QCOMPARE(at(after, L::Tempo + L::PulseClarity), at(before, L::Tempo + L::PulseClarity));
            // The peak's energy moves toward the neighbouring bin on the side of the change, none is lost.
            double total = 0;
            for (int b = 0; b < L::kRhythmBins; ++b)
                total += at(after, L::Rhythm + b);
            QVERIFY(std::abs(total - 1.0) < 1e-5);
            const int side = factor > 1 ? 7 : 5;
            QCOMPARE(at(after, L::Rhythm + 6) + at(after, L::Rhythm + side), 1.0f);
        }
    }

    void brightnessMovesSpectralMeasuresTogether()
    {
        const std::vector<float> before = descriptor();
        const auto ratio = [&](const std::vector<float>& after, int column) {
            return double(at(after, column)) / at(before, column);
        };
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            const std::vector<float> after = viewed(before, seed);
            const double centroid = ratio(after, L::Spectral + 2 * L::Centroid);
            QVERIFY(centroid >= std::exp(-1.0) - 1e-6 && centroid <= std::exp(1.0) + 1e-6);
            QVERIFY(std::abs(ratio(after, L::Spectral + 2 * L::Rolloff) - centroid) < 1e-5);
            QVERIFY(std::abs(ratio(after, L::Spectral + 2 * L::ZeroCrossings + 1) - centroid) < 1e-5);
            // Brighter sound: less energy in the first cepstral coefficient's slope, higher level.
            const double b = std::log(centroid);
            QVERIFY(std::abs((at(after, L::MfccMean + 1) - at(before, L::MfccMean + 1)) + 31.0 * b) < 1e-3);
            QVERIFY(std::abs((at(after, L::Loudness + L::IntegratedLufs) -
                              at(before, L::Loudness + L::IntegratedLufs)) -
                             2.4 * b) < 1e-3);
            // Timbre texture and contrast are what is left to learn from: untouched.
            for (int i = L::MfccStd; i < L::Spectral; ++i)
                QCOMPARE(at(after, i), at(before, i));
            for (int i = L::Contrast; i < L::Chroma; ++i)
                QCOMPARE(at(after, i), at(before, i));
        }
    }

    void extremeValuesStayFinite()
    {
        std::vector<float> row = descriptor();
        for (std::size_t i = 0; i < row.size(); ++i)
            row[i] = i % 2 ? std::numeric_limits<float>::max() : -std::numeric_limits<float>::max();
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            for (float v : viewed(row, seed))
                QVERIFY(std::isfinite(v));
        }
    }
};

QTEST_GUILESS_MAIN(TestDescriptorViews)
#include "tst_descriptorviews.moc"
