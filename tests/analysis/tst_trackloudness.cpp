#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FileAnalyzer.h"
#include "core/analysis/TrackLoudnessMeter.h"
#include "tests/support/AudioFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ebur128.h>

#include <atomic>
#include <cmath>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr int kRate = 44100;

// Two different pieces of music, one in each channel: the widest stereo there is. Their mono mix is 3 dB
// quieter than what a listener hears from the two speakers.
std::vector<float> wideStereo(double seconds)
{
    AudioSpec spec;
    spec.wave = AudioSpec::Wave::Music;
    spec.seconds = seconds;
    spec.channels = 1;
    spec.amplitude = 0.4;
    spec.seed = 3;
    const std::vector<float> left = generate(spec);
    spec.seed = 11;
    spec.frequency = 330;
    const std::vector<float> right = generate(spec);
    std::vector<float> stereo(left.size() * 2);
    for (std::size_t i = 0; i < left.size(); ++i) {
        stereo[2 * i] = left[i];
        stereo[2 * i + 1] = right[i];
    }
    return stereo;
}

// libebur128 over the samples before they were encoded: what the file should measure. A mono file plays from
// both speakers, so it is measured as dual mono.
double referenceLufs(const std::vector<float>& interleaved, int channels)
{
    ebur128_state* state = ebur128_init(unsigned(channels), kRate, EBUR128_MODE_I);
    if (channels == 1)
        ebur128_set_channel(state, 0, EBUR128_DUAL_MONO);
    ebur128_add_frames_float(state, interleaved.data(), interleaved.size() / std::size_t(channels));
    double lufs = 0;
    ebur128_loudness_global(state, &lufs);
    ebur128_destroy(&state);
    return lufs;
}

double excerptLufs(const QString& path)
{
    FileAnalyzer analyzer;
    const FileAnalyzer::Result result = analyzer.analyze(toFilePath(path));
    if (!result.descriptor)
        qFatal("cannot analyse %s: %s", qPrintable(path), qPrintable(result.problem.text()));
    return result.descriptor
        ->summary[std::size_t(DescriptorLayout::Loudness + DescriptorLayout::IntegratedLufs)];
}

} // namespace

// The whole-track loudness that volume levelling uses: every sample in the file's own channels, measured by
// libebur128, in every supported format. The analysis's excerpt loudness is a mono mix and misjudges a wide
// stereo recording; this does not.
class TestTrackLoudness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void measuresTheStereoAListenerHearsInEveryFormat_data()
    {
        QTest::addColumn<int>("encoding");
        for (const Encoding encoding : supportedEncodings())
            QTest::newRow(qPrintable(nameOf(encoding))) << int(encoding);
    }

    void measuresTheStereoAListenerHearsInEveryFormat()
    {
        QFETCH(int, encoding);
        const auto format = Encoding(encoding);
        const std::vector<float> samples = wideStereo(8);
        AudioSpec spec;
        spec.channels = 2;
        spec.sampleRate = kRate;
        spec.seconds = 8;
        const QString path = m_dir.filePath(QStringLiteral("wide.") + extensionOf(format));
        QVERIFY(
            writeAudio(path, format, spec, samples, songTags(QStringLiteral("Wide"), QStringLiteral("A"))));
        const double reference = referenceLufs(samples, 2);

        TrackLoudnessMeter meter;
        const TrackLoudnessMeter::Result measured = meter.measure(toFilePath(path));
        QVERIFY2(measured.lufs, qPrintable(measured.problem));
        qInfo("%s: whole track %.2f LUFS, reference %.2f, analysis excerpt %.2f", qPrintable(nameOf(format)),
              *measured.lufs, reference, excerptLufs(path));
        // Lossless formats hold the very samples. Lossy codecs change the signal a little: LAME at 128 kbit/s
        // drops the top of two unrelated channels, and that file really plays 0.5 LU quieter.
        const bool lossless = format == Encoding::Flac || format == Encoding::M4aAlac ||
                              format == Encoding::Wav || format == Encoding::Aiff ||
                              format == Encoding::OggFlac;
        QVERIFY2(std::abs(*measured.lufs - reference) < (lossless ? 0.02 : 0.6),
                 qPrintable(QString::number(*measured.lufs)));
        // The mono mix of two unrelated channels reads ~3 dB low: what the whole-track measure is for.
        QVERIFY(reference - excerptLufs(path) > 2.0);
    }

    // As heard from two speakers: 3 LU above one channel alone, the same as the stereo file with that signal
    // in both channels.
    void aMonoFileIsMeasuredAsDualMono()
    {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.channels = 1;
        spec.seconds = 6;
        const std::vector<float> samples = generate(spec);
        const QString path = m_dir.filePath(QStringLiteral("mono.flac"));
        QVERIFY(writeAudio(path, Encoding::Flac, spec, samples, {}));
        const TrackLoudnessMeter::Result measured = TrackLoudnessMeter().measure(toFilePath(path));
        QVERIFY2(measured.lufs, qPrintable(measured.problem));
        QVERIFY(std::abs(*measured.lufs - referenceLufs(samples, 1)) < 0.1);

        std::vector<float> both(samples.size() * 2);
        for (std::size_t i = 0; i < samples.size(); ++i)
            both[2 * i] = both[2 * i + 1] = samples[i];
        AudioSpec stereo = spec;
        stereo.channels = 2;
        const QString twice = m_dir.filePath(QStringLiteral("mono-in-both.flac"));
        QVERIFY(writeAudio(twice, Encoding::Flac, stereo, both, {}));
        const TrackLoudnessMeter::Result heard = TrackLoudnessMeter().measure(toFilePath(twice));
        QVERIFY2(heard.lufs, qPrintable(heard.problem));
        QVERIFY2(std::abs(*heard.lufs - *measured.lufs) < 0.05,
                 qPrintable(QStringLiteral("%1 / %2").arg(*heard.lufs).arg(*measured.lufs)));
    }

    // A stopped measure and a file out of reach (a drive unplugged) teach nothing: the job tries them again.
    void aStoppedMeasureOrAMissingFileIsTriedAgain()
    {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = 4;
        const QString path = m_dir.filePath(QStringLiteral("song.mp3"));
        QVERIFY(writeMp3(path, spec));
        const std::atomic_bool stop = true;
        TrackLoudnessMeter meter;
        const TrackLoudnessMeter::Result stopped = meter.measure(toFilePath(path), &stop);
        QVERIFY(!stopped.lufs && stopped.tryAgain);
        const TrackLoudnessMeter::Result missing =
            meter.measure(toFilePath(m_dir.filePath(QStringLiteral("unplugged/song.mp3"))));
        QVERIFY(!missing.lufs && missing.tryAgain);
        const TrackLoudnessMeter::Result measured = meter.measure(toFilePath(path));
        QVERIFY(measured.lufs && !measured.tryAgain);
    }

    // One Decoder reads a whole file in its own channels, then an excerpt as the analysis does: the excerpt
    // is the one a fresh decoder gives, in both of the decoder's back ends.
    void aDecoderGoesBackToTheAnalysisMixAfterAWholeRead()
    {
        for (const Encoding encoding : {Encoding::Mp3, Encoding::Flac}) {
            const QString path = m_dir.filePath(QStringLiteral("wide.") + extensionOf(encoding));
            AudioSpec spec;
            spec.channels = 2;
            spec.seconds = 8;
            QVERIFY(writeAudio(path, encoding, spec, wideStereo(8), {}));
            Decoder reused;
            std::size_t whole = 0;
            QVERIFY(reused
                        .readWhole(toFilePath(path),
                                   [&](std::span<const float> samples, int channels, int) {
                                       whole += samples.size() / std::size_t(channels);
                                       return true;
                                   })
                        .isEmpty());
            QVERIFY(whole > std::size_t(7 * kRate));
            DecodedExcerpt afterWhole;
            DecodedExcerpt fresh;
            QVERIFY(reused.decode(toFilePath(path), afterWhole).isEmpty());
            QVERIFY(Decoder().decode(toFilePath(path), fresh).isEmpty());
            QCOMPARE(afterWhole.samples.size(), fresh.samples.size());
            QVERIFY(afterWhole.samples == fresh.samples);
        }
    }

    void silenceAndBrokenFilesGiveAReasonAndNoLoudness()
    {
        AudioSpec silent;
        silent.wave = AudioSpec::Wave::Silence;
        silent.seconds = 3;
        const QString quiet = m_dir.filePath(QStringLiteral("silent.mp3"));
        QVERIFY(writeMp3(quiet, silent));
        TrackLoudnessMeter meter;
        const TrackLoudnessMeter::Result nothing = meter.measure(toFilePath(quiet));
        QVERIFY(!nothing.lufs);
        QCOMPARE(nothing.problem, QStringLiteral("silent throughout"));

        const QString broken = m_dir.filePath(QStringLiteral("broken.flac"));
        QVERIFY(writeFile(broken, QByteArray("fLaC") + QByteArray(4000, '\x07')));
        const TrackLoudnessMeter::Result failed = meter.measure(toFilePath(broken));
        QVERIFY(!failed.lufs);
        QVERIFY(!failed.problem.isEmpty());
        const TrackLoudnessMeter::Result missing =
            meter.measure(toFilePath(m_dir.filePath(QStringLiteral("gone.mp3"))));
        QVERIFY(!missing.lufs);
        QVERIFY(missing.problem.startsWith(QLatin1String("cannot open the file")));
        QVERIFY(!nothing.tryAgain && !failed.tryAgain); // measured: nothing usable, for good
    }
};

QTEST_GUILESS_MAIN(TestTrackLoudness)
#include "tst_trackloudness.moc"
