#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/Decoder.h"
#include "tests/support/AudioFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace soundalike;
using namespace soundalike::test;

Q_DECLARE_METATYPE(soundalike::test::Encoding)

namespace {

constexpr double kRate = analysis::kSampleRate;
// How far from the asked place a range may begin: a millisecond; but an mp3 that has neither the LAME header
// that gives its encoder's delay nor a seek table is seeked by libmpg123 to an estimated byte offset (as it
// always has been here: it is what makes mp3 analysis fast), about a tenth of a second off at 120 s.
constexpr int kAllowedLag = 22;
constexpr int kAllowedMp3Lag = int(0.25 * kRate);

int allowedLag(soundalike::test::Encoding encoding)
{
    return encoding == soundalike::test::Encoding::Mp3 ? kAllowedMp3Lag : kAllowedLag;
}

double rms(const float* samples, std::size_t count)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / double(count));
}

// The lag (in samples, within ±maxLag) at which `b` best matches `a`, by normalised cross-correlation over
// two seconds in the middle of `a`, and that correlation.
std::pair<int, double> bestLag(const std::vector<float>& a, const std::vector<float>& b, int maxLag)
{
    const std::size_t length = std::min(a.size(), b.size());
    const std::size_t window =
        std::min<std::size_t>(2 * std::size_t(kRate), length - 2 * std::size_t(maxLag));
    const std::size_t from = (length - window) / 2;
    std::pair<int, double> best{0, -2.0};
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        double ab = 0, aa = 0, bb = 0;
        for (std::size_t i = from; i < from + window; ++i) {
            const double x = a[i];
            const double y = b[std::size_t(std::ptrdiff_t(i) + lag)];
            ab += x * y;
            aa += x * x;
            bb += y * y;
        }
        const double r = ab / std::sqrt(aa * bb + 1e-30);
        if (r > best.second)
            best = {lag, r};
    }
    return best;
}

// White noise through a one-pole low-pass (-3 dB near 1 kHz): lossy codecs keep the waveform of what is
// loud and below a few kHz, so its cross-correlation has one sharp peak in every format (a tonal signal lines
// up at several lags, white noise at high frequencies is replaced by noise of the same spectrum).
std::vector<float> darkNoise(const AudioSpec& spec)
{
    std::vector<float> samples = generate(spec);
    const auto channels = std::size_t(spec.channels);
    std::vector<float> state(channels, 0.0f);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        float& y = state[i % channels];
        y += 0.13f * (samples[i] - y);
        samples[i] = 3.0f * y;
    }
    return samples;
}

FilePath bytes(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

void addEncodingRows()
{
    QTest::addColumn<Encoding>("encoding");
    for (const Encoding encoding : supportedEncodings())
        QTest::newRow(qPrintable(nameOf(encoding))) << encoding;
}

} // namespace

// Every supported format decodes to the same mono 22,050 Hz excerpt: the same samples, where the plan asks
// for them, as loud as the WAV of the same recording.
class TestFormatDecoding : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    AudioSpec m_spec;
    std::vector<float> m_samples;
    DecodedExcerpt m_reference; // the WAV's excerpt
    DecodedExcerpt m_whole;     // the whole WAV, decoded without seeking

    // The lag of `decoded`, which starts at `startSeconds`, against the whole WAV there, and its correlation.
    std::pair<int, double> lagAgainstTheWav(const std::vector<float>& decoded, double startSeconds) const
    {
        const auto from = std::ptrdiff_t(std::llround(startSeconds * kRate));
        const std::vector<float> original(m_whole.samples.begin() + from,
                                          m_whole.samples.begin() + from + std::ptrdiff_t(decoded.size()));
        return bestLag(original, decoded, 6000);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString songPath(Encoding encoding) const
    {
        return path(QStringLiteral("song-%1.%2").arg(nameOf(encoding), extensionOf(encoding)));
    }

private slots:
    void initTestCase()
    {
        // Longer than the excerpt, so that each format must seek to the centre.
        m_spec.wave = AudioSpec::Wave::Noise;
        m_spec.seconds = 150.0;
        m_spec.amplitude = 0.3;
        m_spec.seed = 3;
        m_samples = darkNoise(m_spec);
        for (const Encoding encoding : supportedEncodings())
            QVERIFY(writeAudio(songPath(encoding), encoding, m_spec, m_samples, songTags("Song", "Band")));
        Decoder decoder;
        QCOMPARE(decoder.decode(bytes(songPath(Encoding::Wav)), m_reference).text(), QString());
        Decoder whole(1000.0);
        QCOMPARE(whole.decode(bytes(songPath(Encoding::Wav)), m_whole).text(), QString());
        QCOMPARE(m_whole.samples.size(), std::size_t(150 * kRate));
    }

    void decodesTheCentredExcerpt_data() { addEncodingRows(); }

    void decodesTheCentredExcerpt()
    {
        QFETCH(Encoding, encoding);
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(songPath(encoding)), excerpt).text(), QString());
        QCOMPARE(excerpt.samples.size(), std::size_t(120 * kRate));
        // An mp3 without a Xing/LAME header has only a length estimated from its size.
        const double lengthError = encoding == Encoding::Mp3 ? 0.6 : 0.01;
        QVERIFY2(std::abs(excerpt.trackSeconds - 150.0) < lengthError,
                 qPrintable(QString::number(excerpt.trackSeconds)));
        QVERIFY2(std::abs(excerpt.startSeconds - 15.0) < lengthError / 2,
                 qPrintable(QString::number(excerpt.startSeconds)));
        QCOMPARE(excerpt.ranges.size(), std::size_t(1));
        // The same samples at the same place.
        const auto [lag, correlation] = lagAgainstTheWav(excerpt.samples, excerpt.startSeconds);
        QVERIFY2(std::abs(lag) <= allowedLag(encoding),
                 qPrintable(QStringLiteral("lag %1 r %2").arg(lag).arg(correlation)));
        QVERIFY2(correlation > 0.9, qPrintable(QString::number(correlation)));
        // Mixed to mono as libmpg123 mixes mp3: the mean of the channels, as loud as the WAV within 0.5 dB.
        const double levelDb = 20.0 * std::log10(rms(excerpt.samples.data(), excerpt.samples.size()) /
                                                 rms(m_reference.samples.data(), m_reference.samples.size()));
        QVERIFY2(std::abs(levelDb) < 0.5, qPrintable(QString::number(levelDb)));
    }

    void decodesTheRangesAPlanAsksFor_data() { addEncodingRows(); }

    void decodesTheRangesAPlanAsksFor()
    {
        QFETCH(Encoding, encoding);
        // Three short excerpts spread over the track, as a plan other than the centred one may ask.
        const ExcerptPlan spread([](double trackSeconds) {
            return std::vector<TimeRange>{
                {trackSeconds * 0.2, 5.0}, {trackSeconds * 0.5, 5.0}, {trackSeconds * 0.8, 5.0}};
        });
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(songPath(encoding)), spread, excerpt).text(), QString());
        QCOMPARE(excerpt.ranges.size(), std::size_t(3));
        QCOMPARE(excerpt.samples.size(), std::size_t(15 * kRate));
        // Where the plan put them, from the length the decoder found (an estimate for the mp3).
        const double starts[] = {0.2 * excerpt.trackSeconds, 0.5 * excerpt.trackSeconds,
                                 0.8 * excerpt.trackSeconds};
        for (std::size_t i = 0; i < 3; ++i) {
            const DecodedRange& range = excerpt.ranges[i];
            QVERIFY2(std::abs(range.startSeconds - starts[i]) < 0.001,
                     qPrintable(QString::number(range.startSeconds)));
            QCOMPARE(range.samples, std::size_t(5 * kRate));
            QCOMPARE(range.firstSample, i * std::size_t(5 * kRate));
            // Each range holds the recording's own samples from its start.
            const std::vector<float> decoded(excerpt.samples.begin() + std::ptrdiff_t(range.firstSample),
                                             excerpt.samples.begin() +
                                                 std::ptrdiff_t(range.firstSample + range.samples));
            const auto [lag, correlation] = lagAgainstTheWav(decoded, range.startSeconds);
            QVERIFY2(std::abs(lag) <= allowedLag(encoding), qPrintable(QString::number(lag)));
            QVERIFY2(correlation > 0.9, qPrintable(QString::number(correlation)));
        }
    }

    void goesByContentNotByName()
    {
        // A WAV named .mp3 decodes as the WAV it is; an mp3 without an extension as the mp3 it is.
        QVERIFY(QFile::copy(songPath(Encoding::Wav), path(QStringLiteral("really-a-wav.mp3"))));
        QVERIFY(QFile::copy(songPath(Encoding::Mp3), path(QStringLiteral("mp3-without-extension"))));
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(path(QStringLiteral("really-a-wav.mp3"))), excerpt).text(), QString());
        QCOMPARE(excerpt.samples, m_reference.samples);
        QCOMPARE(decoder.decode(bytes(path(QStringLiteral("mp3-without-extension"))), excerpt).text(),
                 QString());
        QCOMPARE(excerpt.samples.size(), std::size_t(120 * kRate));
    }

    void saysWhatItCannotDecode()
    {
        const QString wma = path(QStringLiteral("song.wma"));
        QVERIFY(writeAudio(wma, Encoding::Wma, {AudioSpec::Wave::Sine, 3.0}));
        Decoder decoder;
        DecodedExcerpt excerpt;
        QCOMPARE(decoder.decode(bytes(wma), excerpt).text(),
                 QStringLiteral("unsupported format: Windows Media Audio (WMA)"));
        QVERIFY(excerpt.samples.empty());
        QVERIFY(writeFile(path(QStringLiteral("notes.flac")), "just some text\n"));
        QCOMPARE(decoder.decode(bytes(path(QStringLiteral("notes.flac"))), excerpt).text(),
                 QStringLiteral("not an audio file: its content is in no audio format known here"));
    }
};

QTEST_GUILESS_MAIN(TestFormatDecoding)
#include "tst_formatdecoding.moc"
