#include "core/common/AudioFileNames.h"
#include "core/library/LibraryScanner.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>
#include <utime.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

Tags tags(const QString& artist, const QString& title, QStringList genres = {})
{
    Tags t;
    t.artist = artist;
    t.title = title;
    t.album = QStringLiteral("Album of ") + artist;
    t.genres = std::move(genres);
    return t;
}

void shiftMtime(const QString& path, int seconds)
{
    struct stat st
    {};
    ::stat(QFile::encodeName(path).constData(), &st);
    utimbuf times{st.st_atime, st.st_mtime + seconds};
    ::utime(QFile::encodeName(path).constData(), &times);
}

} // namespace

class TestLibraryScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QString m_db;

    ScanReport scan(const QStringList& folders = {})
    {
        LibraryScanner scanner(m_db);
        return scanner.scan(folders.isEmpty() ? QStringList{m_music} : folders);
    }

    std::vector<Track> all()
    {
        Database db(m_db);
        return TrackStore(db).find({});
    }

    std::optional<Track> byPath(const QString& path)
    {
        Database db(m_db);
        return TrackStore(db).trackByPath(toFilePath(path));
    }

    QString music(const QString& relative) const { return m_music + QLatin1Char('/') + relative; }

private slots:
    void init()
    {
        static int n = 0;
        m_music = m_dir.filePath(QStringLiteral("music%1").arg(++n));
        m_db = m_dir.filePath(QStringLiteral("library%1.db").arg(n));
        QVERIFY(writeMp3(music("a/one.mp3"), {}, tags("Alpha", "One", {"Rock; Pop"})));
        Tags full = tags("Beta", "Two", {"Jazz", "Soul"});
        full.albumArtist = QStringLiteral("Various");
        full.date = QStringLiteral("2001-05-03");
        full.track = QStringLiteral("3/12");
        full.disc = QStringLiteral("1/2");
        QVERIFY(writeMp3(music("b/two.mp3"), {AudioSpec::Wave::Sine, 2.0, 220.0}, full));
        QVERIFY(writeMp3(music("b/c/untagged.mp3"), {AudioSpec::Wave::Noise, 1.5}));
    }

    void firstScanReadsTagsAndProperties()
    {
        const ScanReport report = scan();
        QCOMPARE(report.added, 3);
        QCOMPARE(report.problems, 0);
        QVERIFY(!report.cancelled);
        const auto two = byPath(music("b/two.mp3"));
        QVERIFY(two);
        QCOMPARE(two->artist, QStringLiteral("Beta"));
        QCOMPARE(two->albumArtist, QStringLiteral("Various"));
        QCOMPARE(two->genres, (QStringList{"Jazz", "Soul"}));
        QCOMPARE(two->year, 2001);
        QCOMPARE(two->trackNumber, 3);
        QCOMPARE(two->trackTotal, 12);
        QCOMPARE(two->discNumber, 1);
        QCOMPARE(two->discTotal, 2);
        QVERIFY(qAbs(two->durationMs - 2000) < 100);
        QCOMPARE(two->sampleRate, 44100);
        QCOMPARE(two->channels, 2);
        QCOMPARE(two->bitrateKbps, 128);
        QCOMPARE(byPath(music("a/one.mp3"))->genres, (QStringList{"Rock", "Pop"}));
        const auto untagged = byPath(music("b/c/untagged.mp3"));
        QCOMPARE(untagged->title, QStringLiteral("untagged"));
        QCOMPARE(untagged->artist, QStringLiteral("Unknown artist"));
    }

    // An interrupted copy of an mp3 keeps the Xing header of the whole stream: its length is what it holds,
    // not what the header counts, so the library, the playlist and the seek bar show how long it plays.
    void aCutMp3IsAsLongAsWhatItHolds()
    {
        const CountedMp3 counted =
            countedMp3(encodeMp3(generate({AudioSpec::Wave::Sine, 20.0}), 44100, 2, 128));
        QVERIFY(writeFile(music("cut/whole.mp3"), counted.bytes));
        QVERIFY(writeFile(music("cut/cut.mp3"),
                          counted.bytes.left(counted.audioStart + counted.streamBytes * 3 / 5)));
        QCOMPARE(scan().added, 5);
        const auto whole = byPath(music("cut/whole.mp3"));
        const auto cut = byPath(music("cut/cut.mp3"));
        QVERIFY(whole && cut);
        QVERIFY2(qAbs(whole->durationMs - 20000) < 200, qPrintable(QString::number(whole->durationMs)));
        QVERIFY2(qAbs(cut->durationMs - 12000) < 200, qPrintable(QString::number(cut->durationMs)));
    }

    void unchangedRescanTouchesNothing()
    {
        scan();
        const ScanReport again = scan();
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.changed(), 0);
    }

    void modifiedFileIsUpdatedInPlace()
    {
        scan();
        const auto before = byPath(music("a/one.mp3"));
        QVERIFY(writeTags(music("a/one.mp3"), tags("Alpha", "One (remastered)")));
        shiftMtime(music("a/one.mp3"), 5);
        const ScanReport report = scan();
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, 2);
        const auto after = byPath(music("a/one.mp3"));
        QCOMPARE(after->id, before->id);
        QCOMPARE(after->title, QStringLiteral("One (remastered)"));
        QVERIFY(after->genres.isEmpty());
    }

    // A library scanned before every ARTIST value was read: the next scan reads the tags again, and what the
    // analysis found stays, since the audio did not change. Nothing counts as a change a person made.
    void tagsReadByAnOlderReaderAreReadAgainKeepingTheAnalysis()
    {
        Tags several = tags("Alpha", "Duet");
        several.otherArtists = {QStringLiteral("Omega")};
        QVERIFY(writeMp3(music("a/duet.mp3"), {}, several));
        scan();
        std::int64_t id = 0;
        {
            Database db(m_db);
            id = TrackStore(db).trackByPath(toFilePath(music("a/duet.mp3")))->id;
            QCOMPARE(TrackStore(db).track(id)->artist, QStringLiteral("Alpha, Omega"));
            db.exec("UPDATE tracks SET tags_version = 1, artist = 'Alpha'");
            DescriptorStore(db).putFailure(id, 1, Reason("kept"));
        }
        const ScanReport again = scan();
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.changed(), 0);
        QCOMPARE(byPath(music("a/duet.mp3"))->artist, QStringLiteral("Alpha, Omega"));
        QCOMPARE(byPath(music("a/one.mp3"))->genres, (QStringList{"Rock", "Pop"}));
        Database db(m_db);
        QCOMPARE(DescriptorStore(db).failureCount(1), 1);
        // Read once: a later scan leaves the tags to the file's stamp.
        db.exec("UPDATE tracks SET artist = 'Stored'");
        QCOMPARE(scan().unchanged, 4);
        QCOMPARE(byPath(music("a/duet.mp3"))->artist, QStringLiteral("Stored"));
    }

    // A tagger rewrote the file: its audio is the same, and so is what the analysis found. New audio at the
    // same path is analysed again.
    void aRetagKeepsTheAnalysisNewAudioDropsIt()
    {
        scan();
        const std::int64_t one = byPath(music("a/one.mp3"))->id;
        const std::int64_t two = byPath(music("b/two.mp3"))->id;
        {
            Database db(m_db);
            DescriptorStore(db).putFailure(one, 1, Reason("kept"));
            DescriptorStore(db).putFailure(two, 1, Reason("dropped"));
        }
        Tags bigger = tags("Alpha", "One (remastered)", {"Rock"});
        bigger.cover = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(50000, 'c');
        QVERIFY(writeTags(music("a/one.mp3"), bigger));
        QVERIFY(writeMp3(music("b/two.mp3"), {AudioSpec::Wave::Sine, 2.0, 330.0}, tags("Beta", "Two")));
        shiftMtime(music("a/one.mp3"), 5);
        shiftMtime(music("b/two.mp3"), 5);
        const ScanReport report = scan();
        QCOMPARE(report.updated, 2);
        QCOMPARE(byPath(music("a/one.mp3"))->title, QStringLiteral("One (remastered)"));
        Database db(m_db);
        DescriptorStore descriptors(db);
        QCOMPARE(descriptors.failureCount(1), 1);
        QCOMPARE(descriptors.failures(1).front().first, one);
    }

    void renamedAndMovedFilesKeepTheirIds()
    {
        scan();
        const auto one = byPath(music("a/one.mp3"));
        const auto two = byPath(music("b/two.mp3"));
        QVERIFY(QFile::rename(music("a/one.mp3"), music("a/renamed.mp3")));
        QVERIFY(QDir().mkpath(music("elsewhere/deeper")));
        QVERIFY(QFile::rename(music("b/two.mp3"), music("elsewhere/deeper/two.mp3")));
        const ScanReport report = scan();
        QCOMPARE(report.moved, 2);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.removed, 0);
        QCOMPARE(byPath(music("a/renamed.mp3"))->id, one->id);
        QCOMPARE(byPath(music("elsewhere/deeper/two.mp3"))->id, two->id);
        QCOMPARE(all().size(), std::size_t(3));
    }

    void copyIsANewTrackNotAMove()
    {
        scan();
        QVERIFY(QFile::copy(music("a/one.mp3"), music("a/copy.mp3")));
        const ScanReport report = scan();
        QCOMPARE(report.added, 1);
        QCOMPARE(report.moved, 0);
        QCOMPARE(all().size(), std::size_t(4));
    }

    void deletedAndAddedFiles()
    {
        scan();
        QVERIFY(QFile::remove(music("b/c/untagged.mp3")));
        QVERIFY(writeMp3(music("new/four.mp3"), {}, tags("Gamma", "Four")));
        const ScanReport report = scan();
        QCOMPARE(report.removed, 1);
        QCOMPARE(report.added, 1);
        QCOMPARE(report.unchanged, 2);
        QVERIFY(!byPath(music("b/c/untagged.mp3")));
    }

    void unmountedFolderMarksTracksUnavailable()
    {
        scan();
        const QString away = m_music + QStringLiteral("-unmounted");
        QVERIFY(QDir().rename(m_music, away));
        ScanReport report = scan({});
        QCOMPARE(report.unavailableFolders.size(), 1);
        QCOMPARE(report.removed, 0);
        QCOMPARE(report.markedUnavailable, 3);
        auto tracks = all();
        QCOMPARE(tracks.size(), std::size_t(3));
        QVERIFY(std::none_of(tracks.begin(), tracks.end(), [](const Track& t) { return t.available; }));

        // An empty mount point looks the same.
        QVERIFY(QDir().mkpath(m_music));
        report = scan({});
        QCOMPARE(report.removed, 0);
        QCOMPARE(all().size(), std::size_t(3));

        QVERIFY(QDir(m_music).removeRecursively());
        QVERIFY(QDir().rename(away, m_music));
        report = scan({});
        QCOMPARE(report.restored, 3);
        tracks = all();
        QVERIFY(std::all_of(tracks.begin(), tracks.end(), [](const Track& t) { return t.available; }));
    }

    void symlinkLoopsAndLinkedFoldersAreWalkedOnce()
    {
        QVERIFY(QFile::link(m_music, music("a/loop")));
        QVERIFY(QFile::link(music("b"), music("b-link")));
        const QString outside = m_music + QStringLiteral("-outside");
        QVERIFY(writeMp3(outside + QStringLiteral("/x.mp3"), {}, tags("Out", "Side")));
        QVERIFY(QFile::link(outside, music("linked")));
        const ScanReport report = scan();
        QCOMPARE(report.added, 4);
        QCOMPARE(all().size(), std::size_t(4));
        QCOMPARE(scan().changed(), 0);
    }

    void extensionIsCaseInsensitiveAndOthersIgnored()
    {
        QVERIFY(writeMp3(music("UPPER.MP3")));
        QVERIFY(writeMp3(music("Mixed.Mp3")));
        QVERIFY(writeFile(music("notes.txt"), "hello"));
        QVERIFY(writeFile(music("song.mp3.part"), "partial"));
        QCOMPARE(scan().added, 5);
    }

    // A library kept inside its own music folder: the scan passes over SQLite's files by name. Opening one to
    // look at its contents, then closing it, would drop the locks this process holds on it, and the next
    // process to close the database would take it for its own.
    void theDatabasesOwnFilesAreNeverOpened()
    {
        m_db = music(QStringLiteral("library.db"));
        const Database held(m_db);
        QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(m_db + QStringLiteral("-shm")));
        QCOMPARE(scan().added, 3);
        QCOMPARE(AudioFileNames::candidate("library.db-wal"), AudioFileNames::Candidate::No);
        QCOMPARE(AudioFileNames::candidate("library.db-shm"), AudioFileNames::Candidate::No);
        QCOMPARE(AudioFileNames::candidate("library.db-journal"), AudioFileNames::Candidate::No);
        QCOMPARE(AudioFileNames::candidate("Mr. Brightside"), AudioFileNames::Candidate::ByContent);
    }

    void deepNesting()
    {
        QVERIFY(writeMp3(music("1/2/3/4/5/6/7/8/9/deep.mp3"), {}, tags("Deep", "Down")));
        QCOMPARE(scan().added, 4);
        QVERIFY(byPath(music("1/2/3/4/5/6/7/8/9/deep.mp3")));
    }

    void progressIsReportedFromTheScanningThread()
    {
        LibraryScanner scanner(m_db);
        QList<QThread*> reporters;
        connect(
            &scanner, &LibraryScanner::progress, &scanner,
            [&](const ScanProgress&) { reporters << QThread::currentThread(); }, Qt::DirectConnection);
        QThread* scanning = nullptr;
        const ScanReport report = QtConcurrent::run([&] {
                                      scanning = QThread::currentThread();
                                      return scanner.scan({m_music});
                                  }).result();
        QCOMPARE(report.added, 3);
        QVERIFY(scanning != QThread::currentThread());
        QVERIFY(!reporters.isEmpty());
        QVERIFY(std::all_of(reporters.begin(), reporters.end(), [&](QThread* t) { return t == scanning; }));
    }

    void cancelledScanResumes()
    {
        for (int i = 0; i < 600; ++i)
            QVERIFY(writeFile(music(QStringLiteral("many/%1.mp3").arg(i, 4, 10, QLatin1Char('0'))),
                              encodeMp3(generate({AudioSpec::Wave::Sine, 0.2, 300.0 + i}), 44100, 2, 128)));
        LibraryScanner scanner(m_db);
        connect(
            &scanner, &LibraryScanner::progress, &scanner,
            [&](const ScanProgress& p) {
                if (p.phase == ScanProgress::Phase::Reading && p.filesRead > 100)
                    scanner.cancel();
            },
            Qt::DirectConnection);
        const ScanReport first = scanner.scan({m_music});
        QVERIFY(first.cancelled);
        QVERIFY(first.added > 0);
        QVERIFY(first.added < 603);
        const ScanReport second = scan();
        QVERIFY(!second.cancelled);
        QCOMPARE(second.unchanged, first.added);
        QCOMPARE(first.added + second.added, 603);
        QCOMPARE(all().size(), std::size_t(603));
    }

    void unknownFolderIsRejected()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 scan({m_dir.filePath(QStringLiteral("does-not-exist"))}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scan({music("a/one.mp3")}));
    }

    void subfolderScanUsesItsLibraryFolder()
    {
        scan();
        QVERIFY(writeMp3(music("a/extra.mp3"), {}, tags("Alpha", "Extra")));
        QVERIFY(QFile::remove(music("b/two.mp3")));
        const ScanReport report = scan({music("a")});
        QCOMPARE(report.added, 1);
        QCOMPARE(report.removed, 0); // b/ was not part of this scan
        QCOMPARE(scan().removed, 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryScanner)
#include "tst_libraryscanner.moc"
