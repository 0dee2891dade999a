#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/LibraryWatcher.h"
#include "core/service/TrackCatalog.h"
#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace soundalike;
using namespace soundalike::test;

namespace {

Tags tags(const QString& title)
{
    Tags t;
    t.artist = QStringLiteral("Band");
    t.title = title;
    return t;
}

// The part of the application core the watcher follows: the queue, the pipeline (scans only), the catalog.
struct Core
{
    explicit Core(const QString& db) : pipeline(db, queue), library(db, pipeline), watcher(library, pipeline)
    {
        LibraryPipeline::Policy policy;
        policy.analyseAfterScan = false;
        policy.trainWhenDue = false;
        pipeline.setPolicy(policy);
        watcher.setQuietPeriod(200);
    }

    JobQueue queue;
    LibraryPipeline pipeline;
    Library library;
    LibraryWatcher watcher;
};

std::optional<Track> trackTitled(const Library& library, const QString& title)
{
    const std::shared_ptr<const TrackCatalog> catalog = library.catalog();
    for (int i = 0; i < catalog->size(); ++i) {
        if (catalog->at(i).title == title)
            return catalog->at(i);
    }
    return std::nullopt;
}

} // namespace

// Songs added, renamed, moved into new folders or deleted while the app runs reach the library without a
// restart, through real inotify watches on real folders; nothing is scanned while watching is off.
class TestLibraryWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void followsChangesInTheLibraryFolders()
    {
        const QString music = m_dir.filePath(QStringLiteral("music"));
        QVERIFY(writeMp3(music + QStringLiteral("/Album/one.mp3"), {}, tags(QStringLiteral("One"))));
        Core core(m_dir.filePath(QStringLiteral("library.db")));
        Library& library = core.library;
        QSignalSpy scanned(&core.pipeline, &LibraryPipeline::scanFinished);
        library.open();
        core.pipeline.scan({toFilePath(music)});
        QVERIFY(scanned.wait(10000));
        QTRY_VERIFY(core.watcher.watchedFolders().contains(music + QStringLiteral("/Album")));
        QTRY_COMPARE(library.catalog()->size(), 1);

        // A song copied into a watched folder.
        QVERIFY(writeMp3(music + QStringLiteral("/Album/two.mp3"), {}, tags(QStringLiteral("Two"))));
        QTRY_VERIFY_WITH_TIMEOUT(trackTitled(library, QStringLiteral("Two")), 15000);

        // A new album's folder, then a song added to it once it is watched too.
        QVERIFY(writeMp3(music + QStringLiteral("/New album/three.mp3"), {}, tags(QStringLiteral("Three"))));
        QTRY_VERIFY_WITH_TIMEOUT(trackTitled(library, QStringLiteral("Three")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(core.watcher.watchedFolders().contains(music + QStringLiteral("/New album")),
                                 15000);
        QVERIFY(writeMp3(music + QStringLiteral("/New album/four.mp3"), {}, tags(QStringLiteral("Four"))));
        QTRY_VERIFY_WITH_TIMEOUT(trackTitled(library, QStringLiteral("Four")), 15000);

        // Renamed: the same track under its new name.
        const std::int64_t id = trackTitled(library, QStringLiteral("One"))->id;
        QVERIFY(QFile::rename(music + QStringLiteral("/Album/one.mp3"),
                              music + QStringLiteral("/Album/uno.mp3")));
        QTRY_COMPARE_WITH_TIMEOUT(trackTitled(library, QStringLiteral("One"))->path,
                                  toFilePath(music + QStringLiteral("/Album/uno.mp3")), 15000);
        QCOMPARE(trackTitled(library, QStringLiteral("One"))->id, id);

        // Deleted: gone from the library.
        QVERIFY(QFile::remove(music + QStringLiteral("/Album/two.mp3")));
        QTRY_VERIFY_WITH_TIMEOUT(!trackTitled(library, QStringLiteral("Two")), 15000);

        // The drive holding the library unplugged, then plugged in again: its songs become unavailable, then
        // available again, without a restart.
        QVERIFY(QDir().rename(music, music + QStringLiteral(".unplugged")));
        QTRY_VERIFY_WITH_TIMEOUT(!trackTitled(library, QStringLiteral("One"))->available, 15000);
        QVERIFY(QDir().rename(music + QStringLiteral(".unplugged"), music));
        QTRY_VERIFY_WITH_TIMEOUT(trackTitled(library, QStringLiteral("One"))->available, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(core.watcher.watchedFolders().contains(music + QStringLiteral("/Album")),
                                 15000);

        // Off: nothing is watched, and a new song waits for the next scan.
        core.watcher.setEnabled(false);
        QVERIFY(core.watcher.watchedFolders().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(core.queue.isIdle(), 15000);
        const int scans = scanned.count();
        QVERIFY(writeMp3(music + QStringLiteral("/Album/five.mp3"), {}, tags(QStringLiteral("Five"))));
        QTest::qWait(1500);
        QCOMPARE(scanned.count(), scans);
        QVERIFY(!trackTitled(library, QStringLiteral("Five")));
        core.watcher.setEnabled(true);
        QTRY_VERIFY(core.watcher.watchedFolders().contains(music + QStringLiteral("/Album")));
    }

    // A folder removed from the library while its changes wait to be scanned stays removed: the scan they
    // ask for is the library's own rescan, of the folders it has when it runs.
    void aFolderRemovedMeanwhileStaysRemoved()
    {
        const QString music = m_dir.filePath(QStringLiteral("removed"));
        QVERIFY(writeMp3(music + QStringLiteral("/first.mp3"), {}, tags(QStringLiteral("First"))));
        QVERIFY(
            writeMp3(m_dir.filePath(QStringLiteral("later/second.mp3")), {}, tags(QStringLiteral("Second"))));
        Core core(m_dir.filePath(QStringLiteral("removed.db")));
        core.watcher.setQuietPeriod(300);
        QSignalSpy scanned(&core.pipeline, &LibraryPipeline::scanFinished);
        core.library.open();
        core.pipeline.scan({toFilePath(music)});
        QVERIFY(scanned.wait(10000));
        QTRY_VERIFY(core.watcher.watchedFolders().contains(music));
        QSignalSpy asked(&core.watcher, &LibraryWatcher::scanning);
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("later/second.mp3")),
                              music + QStringLiteral("/second.mp3")));
        static_cast<void>(core.pipeline.removeFolder(toFilePath(music)));
        QTRY_VERIFY_WITH_TIMEOUT(asked.count() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(core.queue.isIdle(), 15000);
        QTRY_VERIFY(core.library.folders().isEmpty());
        QCOMPARE(core.library.catalog()->size(), 0);
    }

    // A burst of changes (an album copied in file by file) is one scan, once the folder is quiet.
    void aBurstOfChangesIsOneScan()
    {
        const QString music = m_dir.filePath(QStringLiteral("burst"));
        QVERIFY(writeMp3(music + QStringLiteral("/first.mp3"), {}, tags(QStringLiteral("First"))));
        Core core(m_dir.filePath(QStringLiteral("burst.db")));
        core.watcher.setQuietPeriod(3000);
        QSignalSpy scanned(&core.pipeline, &LibraryPipeline::scanFinished);
        QSignalSpy asked(&core.watcher, &LibraryWatcher::scanning);
        core.library.open();
        core.pipeline.scan({toFilePath(music)});
        QVERIFY(scanned.wait(10000));
        QTRY_VERIFY(core.watcher.watchedFolders().contains(music));
        // Encoded beside the library first, so that moving them in takes as long as a copy does, whatever
        // the machine's speed.
        const QString outside = m_dir.filePath(QStringLiteral("outside"));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(writeMp3(outside + QStringLiteral("/song%1.mp3").arg(i), {},
                             tags(QStringLiteral("Song %1").arg(i))));
        }
        for (int i = 0; i < 6; ++i) {
            QVERIFY(QFile::rename(outside + QStringLiteral("/song%1.mp3").arg(i),
                                  music + QStringLiteral("/song%1.mp3").arg(i)));
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(core.library.catalog()->size(), 7, 15000);
        QCOMPARE(asked.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryWatcher)
#include "tst_librarywatcher.moc"
