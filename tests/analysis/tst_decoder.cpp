#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/Decoder.h"
#include "tests/support/Mp3Fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <random>
#include <unistd.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr double kRate = analysis::kSampleRate;

// The dominant frequency of a clean tone, from the zero crossings of its middle (the encoder's delay at the
// start is near-silent noise that crosses zero at random).
double toneHz(const std::vector<float>& samples)
{
    const std::size_t from = samples.size() / 10;
    const std::size_t to = samples.size() - from;
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i)
        crossings += (samples[i - 1] < 0.0f) != (samples[i] < 0.0f) ? 1 : 0;
    return crossings / 2.0 / (double(to - from) / kRate);
}

double rms(const std::vector<float>& samples)
{
    double sum = 0.0;
    for (const float s : samples)
        sum += double(s) * s;
    return std::sqrt(sum / double(samples.size()));
}

FilePath bytes(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void decodesToMonoAtTheAnalysisRate_data()
    {
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<int>("channels");
        QTest::newRow("44.1 kHz stereo") << 44100 << 2;
        QTest::newRow("48 kHz stereo") << 48000 << 2;
        QTest::newRow("32 kHz mono") << 32000 << 1;
        QTest::newRow("22.05 kHz stereo") << 22050 << 2;
        QTest::newRow("16 kHz mono") << 16000 << 1;
    }

    void decodesToMonoAtTheAnalysisRate()
    {
        QFETCH(int, sampleRate);
        QFETCH(int, channels);
        AudioSpec spec;
        spec.seconds = 5.0;
        spec.sampleRate = sampleRate;
        spec.channels = channels;
        spec.frequency = 440.0;
        spec.amplitude = 0.5;
        const QString file = path(QStringLiteral("tone-%1-%2.mp3").arg(sampleRate).arg(channels));
        QVERIFY(writeMp3(file, spec));

        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        const double seconds = double(excerpt.samples.size()) / kRate;
        QVERIFY2(std::abs(seconds - 5.0) < 0.1, qPrintable(QString::number(seconds)));
        QVERIFY(std::abs(excerpt.trackSeconds - 5.0) < 0.1);
        QCOMPARE(excerpt.startSeconds, 0.0);
        QVERIFY2(std::abs(toneHz(excerpt.samples) - 440.0) < 3.0,
                 qPrintable(QString::number(toneHz(excerpt.samples))));
        // Both channels carry the same sine, so the mono mix keeps the level of a 0.5 sine (within 1 dB: LAME
        // itself takes ~0.45 dB off a pure tone, as `lame --decode` shows).
        const double levelDb = 20.0 * std::log10(rms(excerpt.samples) / (0.5 / std::sqrt(2.0)));
        QVERIFY2(std::abs(levelDb) < 1.0, qPrintable(QString::number(levelDb)));
    }

    void mixesTheChannels()
    {
        // Left is the negative of right: the mono mix cancels to (near) silence.
        const auto tone = generate({AudioSpec::Wave::Sine, 3.0, 440.0, 0.5, 120.0, 44100, 1});
        std::vector<float> stereo;
        for (const float s : tone)
            stereo.insert(stereo.end(), {s, -s});
        const QString file = path(QStringLiteral("antiphase.mp3"));
        QVERIFY(writeFile(file, encodeMp3(stereo, 44100, 2, 192)));
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        QVERIFY2(rms(excerpt.samples) < 0.01, qPrintable(QString::number(rms(excerpt.samples))));
    }

    void decodesOnlyTheCentredExcerpt()
    {
        // 20 s at 220 Hz, 20 s at 440 Hz, 20 s at 880 Hz: a 10-s excerpt must be the middle of the 440.
        std::vector<float> samples;
        for (const double hz : {220.0, 440.0, 880.0}) {
            const auto part = generate({AudioSpec::Wave::Sine, 20.0, hz, 0.5, 120.0, 44100, 2});
            samples.insert(samples.end(), part.begin(), part.end());
        }
        const QString file = path(QStringLiteral("three-tones.mp3"));
        QVERIFY(writeFile(file, encodeMp3(samples, 44100, 2, 128)));

        Decoder decoder(10.0);
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        QVERIFY(std::abs(double(excerpt.samples.size()) / kRate - 10.0) < 0.01);
        QVERIFY2(std::abs(excerpt.trackSeconds - 60.0) < 0.5,
                 qPrintable(QString::number(excerpt.trackSeconds)));
        QVERIFY2(std::abs(excerpt.startSeconds - 25.0) < 0.5,
                 qPrintable(QString::number(excerpt.startSeconds)));
        QVERIFY2(std::abs(toneHz(excerpt.samples) - 440.0) < 3.0,
                 qPrintable(QString::number(toneHz(excerpt.samples))));
    }

    void decodesAShortTrackWhole()
    {
        const QString file = path(QStringLiteral("short.mp3"));
        QVERIFY(writeMp3(file, {AudioSpec::Wave::Sine, 1.0}));
        Decoder decoder; // 120-s excerpt
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        QVERIFY(std::abs(double(excerpt.samples.size()) / kRate - 1.0) < 0.05);
        QCOMPARE(excerpt.startSeconds, 0.0);
    }

    void skipsADamagedMiddle()
    {
        const QString file = path(QStringLiteral("damaged.mp3"));
        QVERIFY(writeMp3(file, {AudioSpec::Wave::Sine, 30.0}));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        std::mt19937 rng(7);
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        for (char& c : junk)
            c = char(rng());
        damaged.seek(size / 2 - junk.size() / 2);
        damaged.write(junk);
        damaged.close();

        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        // 64 KB of a 128 kbps stream is 4 s: the rest decodes.
        const double seconds = double(excerpt.samples.size()) / kRate;
        QVERIFY2(seconds > 24.0 && seconds < 31.0, qPrintable(QString::number(seconds)));
        for (const float s : excerpt.samples)
            QVERIFY(std::isfinite(s));
    }

    void decodesATruncatedFile()
    {
        const QByteArray mp3 = encodeMp3(generate({AudioSpec::Wave::Sine, 10.0}), 44100, 2, 128);
        const QString file = path(QStringLiteral("truncated.mp3"));
        QVERIFY(writeFile(file, mp3.left(mp3.size() / 3)));
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        QVERIFY(std::abs(double(excerpt.samples.size()) / kRate - 10.0 / 3) < 0.5);
    }

    // Found by an audit: the first 20 KB of a 2:37 song, whose Xing header counts its whole stream, played
    // for a second and was analysed from that second as a seed. The header's own byte count (after the ID3v2
    // tag, where the frame starts) proves the cut; without one (decodesATruncatedFile) a cut mp3 is what it
    // holds.
    void refusesAnMp3FarShorterThanItsHeaderCounts()
    {
        const CountedMp3 counted =
            countedMp3(encodeMp3(generate({AudioSpec::Wave::Sine, 10.0}), 44100, 2, 128));
        const QByteArray& whole = counted.bytes;
        const qint64 stream = counted.streamBytes;

        Decoder decoder;
        DecodedExcerpt excerpt;
        const QString complete = path(QStringLiteral("counted.mp3"));
        QVERIFY(writeFile(complete, whole));
        QCOMPARE(decoder.decode(bytes(complete), excerpt).text(), QString());
        QVERIFY(std::abs(double(excerpt.samples.size()) / kRate - 10.0) < 0.5);

        const QString cut = path(QStringLiteral("counted-cut.mp3"));
        QVERIFY(writeFile(cut, whole.left(counted.audioStart + stream / 4)));
        QCOMPARE(
            decoder.decode(bytes(cut), excerpt).text(),
            QStringLiteral("damaged or cut short: it holds %1 KB of the %2 KB of audio its header counts")
                .arg(stream / 4 / 1024)
                .arg(stream / 1024));
    }

    // Found by fuzz_decoder: a damaged Xing header that claims 2^31 frames. The decoder trusted the length,
    // seeked to its middle (seconds of libmpg123 counting frames), and reported a track of months.
    void distrustsALengthTheFileCannotHold()
    {
        const QByteArray mp3 = encodeMp3(generate({AudioSpec::Wave::Sine, 10.0}), 44100, 2, 128);
        // A first frame like the stream's own (128 kbps at 44.1 kHz: 417 bytes), holding a Xing header after
        // its 32 bytes of side information: flags 1 (frame count present), then the count.
        QByteArray xing = mp3.left(4) + QByteArray(413, '\0');
        xing[2] = char(xing[2] & ~0x02); // no padding byte
        xing.replace(36, 12, QByteArray("Xing\0\0\0\x01\x7f\xff\xff\xff", 12));
        const QString file = path(QStringLiteral("long-claim.mp3"));
        QVERIFY(writeFile(file, xing + mp3));
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(file), excerpt).text(), QString());
        QCOMPARE(excerpt.startSeconds, 0.0);
        QVERIFY2(std::abs(excerpt.trackSeconds - 10.0) < 0.5,
                 qPrintable(QString::number(excerpt.trackSeconds)));
        QVERIFY(std::abs(double(excerpt.samples.size()) / kRate - 10.0) < 0.5);
    }

    void opensNonUtf8Names()
    {
        const FilePath name = bytes(m_dir.path()) + "/caf\xe9-\xff.mp3";
        const QByteArray mp3 = encodeMp3(generate({AudioSpec::Wave::Sine, 2.0}), 44100, 2, 128);
        FILE* raw = std::fopen(name.c_str(), "wb");
        QVERIFY(raw);
        QCOMPARE(std::fwrite(mp3.constData(), 1, std::size_t(mp3.size()), raw), std::size_t(mp3.size()));
        std::fclose(raw);
        Decoder decoder;
        DecodedExcerpt excerpt;
        const QString problem = decoder.decode(name, excerpt).text();
        ::unlink(name.c_str()); // QTemporaryDir cannot remove a name that is not UTF-8
        QCOMPARE(problem, QString());
        QVERIFY(!excerpt.samples.empty());
    }

    void explainsWhatCannotBeDecoded_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no MPEG audio");
        QTest::newRow("text") << QByteArray("this is not audio at all\n").repeated(400)
                              << QStringLiteral("no MPEG audio");
        QTest::newRow("zeros") << QByteArray(100000, '\0') << QStringLiteral("no MPEG audio");
    }

    void explainsWhatCannotBeDecoded()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("bad-%1.mp3").arg(QTest::currentDataTag()));
        QVERIFY(writeFile(file, content));
        Decoder decoder;
        DecodedExcerpt excerpt;
        const QString problem = decoder.decode(bytes(file), excerpt).text();
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY(excerpt.samples.empty());
    }

    void explainsAMissingFile()
    {
        Decoder decoder;
        DecodedExcerpt excerpt;
        const QString problem = decoder.decode(bytes(path(QStringLiteral("nowhere.mp3"))), excerpt).text();
        QVERIFY2(problem.startsWith(QLatin1String("cannot open the file")), qPrintable(problem));
    }

    void taggedFileWithoutAudio()
    {
        const QString file = path(QStringLiteral("tag-only.mp3"));
        QVERIFY(writeMp3(file, {AudioSpec::Wave::Sine, 1.0}, {}));
        Tags tags;
        tags.title = QStringLiteral("Only a tag");
        tags.cover = QByteArray(300000, 'x');
        QVERIFY(writeTags(file, tags));
        // Keep the ID3v2 tag, drop every audio frame after it.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(10);
        f.close();
        const int tagSize = ((header[6] & 0x7f) << 21) | ((header[7] & 0x7f) << 14) |
                            ((header[8] & 0x7f) << 7) | (header[9] & 0x7f);
        QVERIFY(f.resize(10 + tagSize));
        Decoder decoder;
        DecodedExcerpt excerpt;
        const QString problem = decoder.decode(bytes(file), excerpt).text();
        QVERIFY2(!problem.isEmpty(), "a file with no audio frames must be a problem");
    }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
