#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FeatureExtractor.h"
#include "core/analysis/FileAnalyzer.h"
#include "tests/support/Mp3Fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <thread>

using namespace soundalike;
using namespace soundalike::test;

namespace {

using L = DescriptorLayout;

float value(const AudioDescriptor& d, const char* name)
{
    const int index = L::indexOf(name);
    if (index < 0)
        qFatal("no dimension %s", name);
    return d.summary[std::size_t(index)];
}

bool allFinite(const AudioDescriptor& d)
{
    const auto finite = [](float v) { return std::isfinite(v); };
    return std::all_of(d.summary.begin(), d.summary.end(), finite) &&
           std::all_of(d.segments.begin(), d.segments.end(), finite);
}

// Integrated loudness as libebur128 measures it, the reference the descriptor is held to.
double ebur128Loudness(const std::vector<float>& interleaved, int channels, int sampleRate, bool dualMono)
{
    ebur128_state* state = ebur128_init(unsigned(channels), unsigned(sampleRate), EBUR128_MODE_I);
    if (dualMono)
        ebur128_set_channel(state, 0, EBUR128_DUAL_MONO);
    ebur128_add_frames_float(state, interleaved.data(), interleaved.size() / std::size_t(channels));
    double loudness = 0.0;
    ebur128_loudness_global(state, &loudness);
    ebur128_destroy(&state);
    return loudness;
}

double ebur128Range(const std::vector<float>& mono)
{
    ebur128_state* state = ebur128_init(1, analysis::kSampleRate, EBUR128_MODE_LRA);
    ebur128_set_channel(state, 0, EBUR128_DUAL_MONO);
    ebur128_add_frames_float(state, mono.data(), mono.size());
    double range = 0.0;
    ebur128_loudness_range(state, &range);
    ebur128_destroy(&state);
    return range;
}

} // namespace

class TestFeatureExtractor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FileAnalyzer m_analyzer;
    int m_files = 0;

    // Encodes `spec` as an mp3 and analyses it the way the library does.
    AudioDescriptor describe(const AudioSpec& spec, int bitrate = 128)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.mp3").arg(m_files++));
        if (!writeFile(path, encodeMp3(generate(spec), spec.sampleRate, spec.channels, bitrate)))
            qFatal("cannot write %s", qPrintable(path));
        const auto result = m_analyzer.analyze(QFile::encodeName(path).toStdString());
        if (!result.descriptor)
            qFatal("cannot analyse %s: %s", qPrintable(path), qPrintable(result.problem.text()));
        return *result.descriptor;
    }

    std::vector<float> decoded(const AudioSpec& spec)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.mp3").arg(m_files++));
        writeFile(path, encodeMp3(generate(spec), spec.sampleRate, spec.channels, 128));
        Decoder decoder;
        DecodedExcerpt excerpt;
        const QString problem = decoder.decode(QFile::encodeName(path).toStdString(), excerpt).text();
        if (!problem.isEmpty())
            qFatal("decoding a fixture failed: %s", qPrintable(problem));
        return excerpt.samples;
    }

private slots:
    void layoutNamesEveryDimensionOnce()
    {
        const auto& names = L::names();
        QCOMPARE(int(names.size()), L::dimensions());
        QCOMPARE(std::set<std::string>(names.begin(), names.end()).size(), names.size());
        for (int i = 0; i < L::dimensions(); ++i) {
            QCOMPARE(L::indexOf(names[std::size_t(i)]), i);
            QVERIFY(!L::group(i).empty());
        }
        QCOMPARE(L::indexOf("no_such_dimension"), -1);
        QCOMPARE(L::names()[L::Chroma + 9], std::string("chroma_A"));
        QCOMPARE(L::names()[L::Tempo + L::TempoBpm], std::string("tempo_bpm"));
        QCOMPARE(L::names()[L::Loudness + L::IntegratedLufs], std::string("loudness_lufs"));
        QCOMPARE(L::names().back(), std::string("crest_db"));
        QVERIFY(L::kVersion >= 1);
    }

    void sineHasItsPitchClassAndCentroid()
    {
        AudioSpec spec;
        spec.seconds = 10.0;
        spec.frequency = 440.0;
        const AudioDescriptor d = describe(spec);
        QCOMPARE(d.version, L::kVersion);
        QCOMPARE(d.dimensions(), L::dimensions());
        const auto chroma = d.summary.begin() + L::Chroma;
        QCOMPARE(int(std::max_element(chroma, chroma + L::kPitchClasses) - chroma), 9); // A
        QVERIFY2(value(d, "chroma_A") > 0.9f, qPrintable(QString::number(value(d, "chroma_A"))));
        QVERIFY(value(d, "chroma_clarity") > 0.8f);
        QVERIFY2(std::abs(value(d, "centroid_hz_mean") - 440.0f) < 15.0f,
                 qPrintable(QString::number(value(d, "centroid_hz_mean"))));
        QVERIFY(value(d, "bandwidth_hz_mean") < 100.0f);
    }

    void chromaFollowsThePitch_data()
    {
        QTest::addColumn<double>("hz");
        QTest::addColumn<int>("pitchClass");
        QTest::newRow("C4") << 261.63 << 0;
        QTest::newRow("E3") << 164.81 << 4;
        QTest::newRow("G5") << 783.99 << 7;
        QTest::newRow("B2") << 123.47 << 11;
    }

    void chromaFollowsThePitch()
    {
        QFETCH(double, hz);
        QFETCH(int, pitchClass);
        AudioSpec spec;
        spec.seconds = 5.0;
        spec.frequency = hz;
        const AudioDescriptor d = describe(spec);
        const auto chroma = d.summary.begin() + L::Chroma;
        QCOMPARE(int(std::max_element(chroma, chroma + L::kPitchClasses) - chroma), pitchClass);
    }

    void noiseIsFlatASineIsNot()
    {
        AudioSpec noise;
        noise.wave = AudioSpec::Wave::Noise;
        noise.seconds = 10.0;
        noise.amplitude = 0.3;
        AudioSpec sine;
        sine.seconds = 10.0;
        const float noiseFlatness = value(describe(noise, 192), "flatness_mean");
        const float sineFlatness = value(describe(sine), "flatness_mean");
        // White noise's periodogram has exponentially distributed bins, whose geometric mean is e^-gamma =
        // 0.56 of the arithmetic mean.
        QVERIFY2(noiseFlatness > 0.4f, qPrintable(QString::number(noiseFlatness)));
        QVERIFY2(sineFlatness < 0.05f, qPrintable(QString::number(sineFlatness)));
    }

    void clickTracksGiveTheirTempo_data()
    {
        QTest::addColumn<double>("bpm");
        for (const double bpm : {90.0, 120.0, 140.0})
            QTest::newRow(qPrintable(QString::number(bpm))) << bpm;
    }

    void clickTracksGiveTheirTempo()
    {
        QFETCH(double, bpm);
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Clicks;
        spec.seconds = 30.0;
        spec.bpm = bpm;
        const AudioDescriptor d = describe(spec);
        const float tempo = value(d, "tempo_bpm");
        QVERIFY2(std::abs(tempo - bpm) <= 2.0, qPrintable(QString::number(tempo)));
        QVERIFY(value(d, "pulse_clarity") > 0.5f);
        QVERIFY2(std::abs(value(d, "onset_rate_hz") - bpm / 60.0) < 0.2,
                 qPrintable(QString::number(value(d, "onset_rate_hz"))));
        // Each 10-s segment finds the same tempo.
        QCOMPARE(d.segmentCount(), 3);
        for (int s = 0; s < d.segmentCount(); ++s)
            QVERIFY2(std::abs(d.segment(s)[L::Tempo + L::TempoBpm] - bpm) <= 2.0,
                     qPrintable(QString::number(d.segment(s)[L::Tempo + L::TempoBpm])));
    }

    void musicHasItsTempo()
    {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = 30.0;
        spec.bpm = 104.0;
        const float tempo = value(describe(spec), "tempo_bpm");
        QVERIFY2(std::abs(tempo - 104.0f) <= 2.0f, qPrintable(QString::number(tempo)));
    }

    void sineAtMinus20DbfsReadsMinus20Lufs()
    {
        // EBU Tech 3341 case 1, which libebur128's own tests use: a 1 kHz sine at -23 dBFS in both stereo
        // channels reads -23.0 LUFS (+-0.1). Scaled by +3 dB: a -20 dBFS sine reads -20.0 LUFS.
        AudioSpec spec;
        spec.seconds = 20.0;
        spec.frequency = 1000.0;
        spec.amplitude = 0.1;
        const auto pcm = generate(spec);
        QVERIFY(std::abs(ebur128Loudness(pcm, 2, spec.sampleRate, false) + 20.0) < 0.1);

        const AudioDescriptor d = describe(spec, 192);
        const float lufs = value(d, "loudness_lufs");
        QVERIFY2(std::abs(lufs + 20.0f) < 0.3f, qPrintable(QString::number(lufs)));
        QVERIFY(value(d, "loudness_range_lu") < 0.5f);
        for (int s = 0; s < d.segmentCount(); ++s)
            QVERIFY(std::abs(d.segment(s)[L::Loudness + L::IntegratedLufs] + 20.0f) < 0.3f);
    }

    void loudnessAgreesWithLibebur128_data()
    {
        QTest::addColumn<int>("wave");
        QTest::addColumn<double>("amplitude");
        QTest::newRow("music") << int(AudioSpec::Wave::Music) << 0.8;
        QTest::newRow("quiet music") << int(AudioSpec::Wave::Music) << 0.05;
        QTest::newRow("noise") << int(AudioSpec::Wave::Noise) << 0.2;
        QTest::newRow("clicks") << int(AudioSpec::Wave::Clicks) << 0.9;
        QTest::newRow("low sine") << int(AudioSpec::Wave::Sine) << 0.3;
    }

    void loudnessAgreesWithLibebur128()
    {
        QFETCH(int, wave);
        QFETCH(double, amplitude);
        AudioSpec spec;
        spec.wave = AudioSpec::Wave(wave);
        spec.seconds = 30.0;
        spec.amplitude = amplitude;
        spec.frequency = 80.0;
        std::vector<float> mono = decoded(spec);
        const double reference = ebur128Loudness(mono, 1, analysis::kSampleRate, true);
        const double referenceRange = ebur128Range(mono);
        FeatureExtractor extractor;
        const AudioDescriptor d = extractor.extract(mono);
        const float lufs = value(d, "loudness_lufs");
        QVERIFY2(std::abs(lufs - reference) < 0.3,
                 qPrintable(QStringLiteral("%1 vs libebur128 %2").arg(lufs).arg(reference)));
        QVERIFY2(std::abs(value(d, "loudness_range_lu") - referenceRange) < 1.0,
                 qPrintable(QStringLiteral("%1 vs libebur128 %2")
                                .arg(value(d, "loudness_range_lu"))
                                .arg(referenceRange)));
    }

    void segmentsCoverTheExcerpt()
    {
        QCOMPARE(FeatureExtractor::segmentFrames(1), (std::vector<std::pair<int, int>>{{0, 1}}));
        for (const double seconds : {1.0, 14.0, 16.0, 60.0, 120.0}) {
            const int frames = int(seconds * analysis::kFramesPerSecond);
            const auto segments = FeatureExtractor::segmentFrames(frames);
            QCOMPARE(int(segments.size()),
                     std::max(1, int(std::lround(seconds / analysis::kSegmentSeconds))));
            QCOMPARE(segments.front().first, 0);
            QCOMPARE(segments.back().second, frames);
            for (std::size_t s = 1; s < segments.size(); ++s)
                QCOMPARE(segments[s].first, segments[s - 1].second);
        }
    }

    void awkwardInputStaysFinite_data()
    {
        QTest::addColumn<std::vector<float>>("samples");
        const auto tone = [](std::size_t n, float amplitude) {
            std::vector<float> s(n);
            for (std::size_t i = 0; i < n; ++i)
                s[i] = amplitude * float(std::sin(0.05 * double(i)));
            return s;
        };
        QTest::newRow("empty") << std::vector<float>();
        QTest::newRow("one sample") << std::vector<float>{0.5f};
        QTest::newRow("ten samples") << tone(10, 0.5f);
        QTest::newRow("just under a frame") << tone(1023, 0.5f);
        QTest::newRow("just over a frame") << tone(1025, 0.5f);
        QTest::newRow("digital silence") << std::vector<float>(22050 * 15, 0.0f);
        QTest::newRow("huge amplitude") << tone(22050 * 5, 1e30f);
        QTest::newRow("full-scale square") << [] {
            std::vector<float> s(22050 * 5);
            for (std::size_t i = 0; i < s.size(); ++i)
                s[i] = (i / 50) % 2 ? 1.0f : -1.0f;
            return s;
        }();
        QTest::newRow("DC offset") << std::vector<float>(22050 * 5, 0.7f);
        QTest::newRow("not a number") << [&] {
            auto s = tone(22050 * 5, 0.5f);
            for (std::size_t i = 0; i < s.size(); i += 97)
                s[i] = std::numeric_limits<float>::quiet_NaN();
            s[1000] = std::numeric_limits<float>::infinity();
            s[2000] = -std::numeric_limits<float>::infinity();
            return s;
        }();
        QTest::newRow("denormals") << std::vector<float>(22050 * 3, 1e-40f);
    }

    void awkwardInputStaysFinite()
    {
        QFETCH(std::vector<float>, samples);
        FeatureExtractor extractor;
        const AudioDescriptor d = extractor.extract(samples);
        QCOMPARE(d.dimensions(), L::dimensions());
        QVERIFY(d.segmentCount() >= 1);
        QVERIFY(allFinite(d));
        QVERIFY(value(d, "loudness_lufs") >= -70.0f);
    }

    void silentAndShortFilesGiveDescriptors()
    {
        AudioSpec silence;
        silence.wave = AudioSpec::Wave::Silence;
        silence.seconds = 10.0;
        const AudioDescriptor quiet = describe(silence);
        QVERIFY(allFinite(quiet));
        QCOMPARE(value(quiet, "loudness_lufs"), -70.0f);
        QCOMPARE(value(quiet, "tempo_bpm"), 0.0f);

        AudioSpec second;
        second.seconds = 1.0;
        const AudioDescriptor brief = describe(second);
        QVERIFY(allFinite(brief));
        QCOMPARE(brief.segmentCount(), 1);
    }

    void sameInputSameVector()
    {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = 25.0;
        const QString path = m_dir.filePath(QStringLiteral("twice.mp3"));
        QVERIFY(writeMp3(path, spec));
        const FilePath file = QFile::encodeName(path).toStdString();
        const auto first = m_analyzer.analyze(file);
        const auto second = m_analyzer.analyze(file);
        // A fresh analyser on another thread (its own FFT plan) must agree bit for bit as well.
        FileAnalyzer::Result third;
        std::thread([&] { third = FileAnalyzer().analyze(file); }).join();
        QVERIFY(first.descriptor && second.descriptor && third.descriptor);
        QVERIFY(first.descriptor->summary == second.descriptor->summary);
        QVERIFY(first.descriptor->segments == second.descriptor->segments);
        QVERIFY(first.descriptor->summary == third.descriptor->summary);
        QVERIFY(first.descriptor->segments == third.descriptor->segments);
    }
};

QTEST_GUILESS_MAIN(TestFeatureExtractor)
#include "tst_featureextractor.moc"
