#include "core/analysis/FileAnalyzer.h"
#include "tests/support/AudioFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace soundalike;
using namespace soundalike::test;

namespace {

const std::vector<Encoding> kFiveWays{Encoding::Mp3, Encoding::Flac, Encoding::OggVorbis, Encoding::Opus,
                                      Encoding::M4aAac};
constexpr int kRecordings = 6;

struct Copy
{
    int recording = 0;
    Encoding encoding = Encoding::Mp3;
    std::vector<float> summary;
};

// Each dimension to zero mean and unit deviation over every copy, as the descriptor-space search does, so
// that no dimension's scale decides alone.
void standardise(std::vector<Copy>& copies)
{
    const std::size_t dimensions = copies.front().summary.size();
    for (std::size_t d = 0; d < dimensions; ++d) {
        double sum = 0, squares = 0;
        for (const Copy& copy : copies) {
            sum += copy.summary[d];
            squares += double(copy.summary[d]) * copy.summary[d];
        }
        const double mean = sum / double(copies.size());
        const double deviation = std::sqrt(std::max(1e-12, squares / double(copies.size()) - mean * mean));
        for (Copy& copy : copies)
            copy.summary[d] = float((copy.summary[d] - mean) / deviation);
    }
}

double distance(const Copy& a, const Copy& b)
{
    double sum = 0;
    for (std::size_t d = 0; d < a.summary.size(); ++d)
        sum += double(a.summary[d] - b.summary[d]) * (a.summary[d] - b.summary[d]);
    return std::sqrt(sum);
}

} // namespace

// One recording encoded five ways (mp3, FLAC, Ogg Vorbis, Opus, AAC in M4A) gets nearly the same descriptor
// in each: every copy's nearest neighbour, among six recordings in five formats, is a copy of its own
// recording.
class TestCrossFormat : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void eachCopysNearestNeighbourIsItsOwnRecording()
    {
        std::vector<Copy> copies;
        FileAnalyzer analyzer;
        for (int recording = 0; recording < kRecordings; ++recording) {
            // Songs that differ as real ones do, some only a little: key, brightness and tempo.
            AudioSpec spec;
            spec.wave = AudioSpec::Wave::Music;
            spec.seconds = 40.0;
            spec.amplitude = 0.5 + 0.05 * recording;
            spec.bpm = 96.0 + 6.0 * recording;
            spec.seed = unsigned(recording + 1);
            const std::vector<float> samples = generate(spec);
            for (const Encoding encoding : kFiveWays) {
                const QString path =
                    m_dir.filePath(QStringLiteral("r%1.%2").arg(recording).arg(extensionOf(encoding)));
                QVERIFY(writeAudio(path, encoding, spec, samples, {}));
                FileAnalyzer::Result result = analyzer.analyze(toFilePath(path));
                QVERIFY2(result.descriptor, qPrintable(result.problem.text()));
                copies.push_back({recording, encoding, std::move(result.descriptor->summary)});
            }
        }
        standardise(copies);
        double worstOwn = 0, closestOther = 1e300;
        for (const Copy& copy : copies) {
            const Copy* nearest = nullptr;
            for (const Copy& other : copies) {
                if (&other == &copy)
                    continue;
                if (!nearest || distance(copy, other) < distance(copy, *nearest))
                    nearest = &other;
                (other.recording == copy.recording ? worstOwn : closestOther) =
                    other.recording == copy.recording ? std::max(worstOwn, distance(copy, other))
                                                      : std::min(closestOther, distance(copy, other));
            }
            QVERIFY2(nearest->recording == copy.recording,
                     qPrintable(QStringLiteral("recording %1 as %2 is nearest to recording %3 as %4")
                                    .arg(copy.recording)
                                    .arg(nameOf(copy.encoding))
                                    .arg(nearest->recording)
                                    .arg(nameOf(nearest->encoding))));
        }
        qInfo("farthest copy of the same recording %.2f, nearest other recording %.2f", worstOwn,
              closestOther);
    }
};

QTEST_GUILESS_MAIN(TestCrossFormat)
#include "tst_crossformat.moc"
