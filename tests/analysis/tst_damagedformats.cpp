#include "core/analysis/DescriptorLayout.h"
#include "core/library/LibraryScanner.h"
#include "core/service/jobs/AnalysisJob.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/AudioFixture.h"
#include "tests/support/LibraryWorkspace.h"
#include "tests/support/StoredProblems.h"

#include <QFile>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// A damaged file of every supported format, scanned and analysed as a user's library would be: each one is
// either analysed from the audio it still holds or listed by `problems` with a reason a person can read. None
// is lost in silence, none stops the run.
class TestDamagedFormats : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;
    QStringList m_damaged;

    QString music(const QString& name) const { return m_workspace.music() + QLatin1Char('/') + name; }

    void damage(const QString& name, const QByteArray& bytes)
    {
        QVERIFY(writeFile(music(name), bytes));
        m_damaged << music(name);
    }

    QString problemFor(const QString& path) const { return problemReasonFor(m_workspace.db(), path); }

private slots:
    void initTestCase()
    {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = 6.0;
        for (const Encoding encoding : supportedEncodings()) {
            const QString whole = m_workspace.filePath(QStringLiteral("whole.") + extensionOf(encoding));
            QVERIFY(writeAudio(whole, encoding, spec, songTags("Song", "Band")));
            QFile file(whole);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QString stem = nameOf(encoding) + QLatin1Char('.');
            const QString ext = extensionOf(encoding);
            // Cut to its first few kilobytes: the header and hardly any audio (an M4A loses its index).
            damage(stem + QStringLiteral("cut.") + ext, bytes.left(4096));
            // The header kept, the audio after it overwritten with a repeating pattern.
            QByteArray garbled = bytes;
            for (qsizetype i = 4096; i < garbled.size(); ++i)
                garbled[i] = char(0x5a ^ (i * 31));
            damage(stem + QStringLiteral("garbled.") + ext, garbled);
            // The second half missing.
            damage(stem + QStringLiteral("half.") + ext, bytes.left(bytes.size() / 2));
        }
        // A long FLAC cut to its first eighth: its stream info still gives the whole length.
        spec.seconds = 40.0;
        const QString longFlac = m_workspace.filePath(QStringLiteral("long.flac"));
        QVERIFY(writeAudio(longFlac, Encoding::Flac, spec, songTags("Long", "Band")));
        QFile file(longFlac);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        damage(QStringLiteral("flac.eighth.flac"), bytes.left(bytes.size() / 8));
        LibraryScanner(m_workspace.db()).scan({m_workspace.music()});
        AnalysisOptions options;
        options.threads = 2;
        AnalysisJob job(m_workspace.db(), options);
        JobControl control;
        job.run(control);
        QVERIFY(!job.outcome().report.cancelled);
    }

    void everyDamagedFileIsAnalysedOrAProblemWithItsReason()
    {
        Database db(m_workspace.db());
        QStringList lines;
        for (const QString& path : std::as_const(m_damaged)) {
            const QString reason = problemFor(path);
            const auto track = TrackStore(db).trackByPath(toFilePath(path));
            const bool analysed = track && DescriptorStore(db).get(track->id, DescriptorLayout::kVersion);
            lines << QStringLiteral("%1: %2").arg(path.section(QLatin1Char('/'), -1),
                                                  analysed ? QStringLiteral("analysed") : reason);
            QVERIFY2(analysed || !reason.isEmpty(), qPrintable(path + QStringLiteral(": neither")));
            // A reason is a sentence about the file, not an FFmpeg error code alone.
            QVERIFY2(analysed || (reason.size() > 20 && !reason.contains(QLatin1String("Error number"))),
                     qPrintable(path + QStringLiteral(": ") + reason));
        }
        qInfo().noquote() << lines.join(QLatin1Char('\n'));
    }

    // A WAV or AIFF cut in half (an interrupted copy) plays in any player up to where it ends, though TagLib
    // reports no audio for it: it is a track with the length it holds, analysed from that audio.
    void aWavOrAiffCutInHalfIsKeptWithTheAudioItHolds()
    {
        Database db(m_workspace.db());
        for (const Encoding encoding : {Encoding::Wav, Encoding::Aiff}) {
            const QString path = music(nameOf(encoding) + QStringLiteral(".half.") + extensionOf(encoding));
            const auto track = TrackStore(db).trackByPath(toFilePath(path));
            QVERIFY2(track, qPrintable(path + QStringLiteral(": ") + problemFor(path)));
            // 6 s of audio and its tags, cut at half the bytes: about 3 s.
            QVERIFY2(track->durationMs > 1500 && track->durationMs < 3200,
                     qPrintable(QString::number(track->durationMs)));
            QCOMPARE(track->sampleRate, 44100);
            QVERIFY(DescriptorStore(db).get(track->id, DescriptorLayout::kVersion));
        }
    }

    // Found by an audit: a FLAC cut to its first 60 KB, whose header says 3:15, was analysed from the few
    // seconds it holds and matched seeds at 69 %. A length that is the file's own count of its samples
    // makes a file that stops far short of it damaged; an mp3's length is a guess from its bitrate and
    // proves nothing (tst_decoder::decodesATruncatedFile) unless its Xing/Info header counts the stream's
    // bytes (tst_decoder::refusesAnMp3FarShorterThanItsHeaderCounts).
    void aFileThatStopsFarShortOfItsOwnLengthIsAProblem()
    {
        const QString reason = problemFor(music(QStringLiteral("flac.eighth.flac")));
        QVERIFY2(reason.contains(QLatin1String("cut short")) && reason.contains(QLatin1String("0:40")),
                 qPrintable(reason));
    }

    // Cut to 4 KB, a file of a format with a header and an index holds nothing decodable: a problem, never a
    // track with descriptors made from nothing. mp3 frames stand alone, so its 4 KB (a quarter second) are
    // analysed, as a truncated mp3 always was.
    void aFileCutToItsHeaderIsAProblem()
    {
        for (const QString& path : std::as_const(m_damaged)) {
            if (path.contains(QLatin1String(".cut.")) && !path.endsWith(QLatin1String(".mp3")))
                QVERIFY2(!problemFor(path).isEmpty(), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestDamagedFormats)
#include "tst_damagedformats.moc"
