#include "core/library/FlacLength.h"
#include "core/library/TagReader.h"
#include "tests/support/AudioFixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

FileStamp stampOf(const QString& path)
{
    return {QFileInfo(path).size(), 1};
}

// STREAMINFO's 36-bit count of samples set to 0, "unknown", as a FLAC written through a pipe has it.
bool forgetTheLength(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype flac = bytes.indexOf("fLaC");
    if (flac < 0)
        return false;
    const qsizetype info = flac + 8; // past the block header
    bytes[info + 13] = char(bytes[info + 13] & 0xF0);
    for (int i = 14; i < 18; ++i)
        bytes[info + i] = 0;
    return file.seek(0) && file.write(bytes) == bytes.size();
}

} // namespace

// FLAC allows a stream to leave its length unknown; TagLib then reports none, and such a file was refused as
// "no audio stream". Its length is counted from its end instead.
class TestFlacLength : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void aFlacThatDoesNotSayHowLongItIsIsMeasuredFromItsLastFrame()
    {
        AudioSpec spec;
        spec.seconds = 7.5;
        spec.wave = AudioSpec::Wave::Music;
        const QString path = file(QStringLiteral("piped.flac"));
        QVERIFY(writeAudio(path, Encoding::Flac, spec, Tags{}));
        const TagReader::Result before = TagReader::read(toFilePath(path), stampOf(path));
        QVERIFY(before.info);
        QVERIFY(forgetTheLength(path));
        const std::optional<std::int64_t> frames = countFlacFrames(toFilePath(path), AudioFormat::Flac);
        QVERIFY(frames);
        QCOMPARE(*frames, std::int64_t(7.5 * 44100));
        const TagReader::Result after = TagReader::read(toFilePath(path), stampOf(path));
        QVERIFY2(after.info, qPrintable(after.problem.text()));
        QCOMPARE(after.info->durationMs, 7500);
        QCOMPARE(after.info->sampleRate, 44100);
        QCOMPARE(after.info->channels, 2);
        QVERIFY(after.info->bitrateKbps > 0);

        // Cut short in its last frame: no frame ends the file, so nothing is guessed, and the file keeps
        // the reason it had.
        QFile cut(path);
        QVERIFY(cut.resize(cut.size() - 100));
        QVERIFY(!countFlacFrames(toFilePath(path), AudioFormat::Flac));
        QVERIFY(!TagReader::read(toFilePath(path), stampOf(path)).info);
    }

    // As FFmpeg writes every Ogg FLAC: no count in the stream info, the length in the last page's position.
    void anOggFlacFromFfmpegIsMeasuredFromItsLastPage()
    {
        const QString path = file(QStringLiteral("ffmpeg.oga"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                      QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("sine=f=440:d=4.25:sample_rate=48000"), QStringLiteral("-c:a"),
                      QStringLiteral("flac"), QStringLiteral("-f"), QStringLiteral("ogg"), path});
        QVERIFY(ffmpeg.waitForFinished(30000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        QCOMPARE(countFlacFrames(toFilePath(path), AudioFormat::OggFlac),
                 std::optional<std::int64_t>(204000));
        const TagReader::Result read = TagReader::read(toFilePath(path), stampOf(path));
        QVERIFY2(read.info, qPrintable(read.problem.text()));
        QCOMPARE(read.info->durationMs, 4250);
        QCOMPARE(read.info->sampleRate, 48000);
        QCOMPARE(read.info->channels, 1);
        // Not FLAC at all: nothing counted.
        QVERIFY(!countFlacFrames(toFilePath(path), AudioFormat::Flac));
    }
};

QTEST_GUILESS_MAIN(TestFlacLength)
#include "tst_flaclength.moc"
