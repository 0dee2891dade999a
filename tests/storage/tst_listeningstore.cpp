#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/ListeningStore.h"
#include "core/storage/Schema.h"
#include "core/storage/TrackStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace soundalike;

namespace {

std::int64_t addTrack(Database& db, const std::string& path)
{
    TrackInfo info;
    info.path = path;
    info.title = QString::fromStdString(path);
    info.artist = QStringLiteral("Artist");
    return TrackStore(db).insert(info, FolderStore(db).ensure("/music"));
}

} // namespace

// Play counts, skips and last-played times per track: what the radio steers by and what keeps it from
// replaying a song within hours, across restarts.
class TestListeningStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("l%1.db").arg(++m_files)); }

private slots:
    void countsPlaysAndSkipsAndKeepsTheLatestTime()
    {
        Database db(freshPath());
        ListeningStore store(db);
        const std::int64_t id = addTrack(db, "/music/a.mp3");
        QCOMPARE(store.stats(id).plays, 0);
        QCOMPARE(store.stats(id).lastPlayedAt, 0);
        store.record(id, true, false, 1000);
        store.record(id, false, true, 3000);
        store.record(id, true, false, 2000); // written late: the later time stays
        const ListeningStats stats = store.stats(id);
        QCOMPARE(stats.plays, 2);
        QCOMPARE(stats.skips, 1);
        QCOMPARE(stats.lastPlayedAt, 3000);
    }

    void listsWhatPlayedSinceATime()
    {
        Database db(freshPath());
        ListeningStore store(db);
        const std::int64_t old = addTrack(db, "/music/old.mp3");
        const std::int64_t recent = addTrack(db, "/music/recent.mp3");
        const std::int64_t skipped = addTrack(db, "/music/skipped.mp3");
        addTrack(db, "/music/never.mp3");
        store.record(old, true, false, 100);
        store.record(recent, true, false, 5000);
        store.record(skipped, false, true, 6000);
        QCOMPARE(store.playedSince(5000), (std::vector<std::int64_t>{recent, skipped}));
        QCOMPARE(store.playedSince(0).size(), std::size_t(3));
        QVERIFY(store.playedSince(7000).empty());
        // Everything, for the library's columns; the track never played has no row.
        const auto all = store.all();
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all.back().first, skipped);
        QCOMPARE(all.back().second.skips, 1);
        QCOMPARE(all.back().second.plays, 0);
        QCOMPARE(all.back().second.lastPlayedAt, 6000);
    }

    void aRemovedTrackIsNeitherRecordedNorKept()
    {
        Database db(freshPath());
        ListeningStore store(db);
        const std::int64_t id = addTrack(db, "/music/gone.mp3");
        store.record(id, true, false, 1000);
        TrackStore(db).remove(id);
        QVERIFY(store.playedSince(0).empty());
        store.record(id, true, false, 2000); // no foreign-key error, no row
        QVERIFY(store.playedSince(0).empty());
    }

    // A file removed from the library and put back (or its folder removed and added again) is a new track
    // under a new id: its plays, skips and last-played time come back with it, and go to no other path.
    void aSongPutBackAtItsPathKeepsHowItWasListenedTo()
    {
        Database db(freshPath());
        ListeningStore store(db);
        const std::int64_t id = addTrack(db, "/music/back.mp3");
        const std::int64_t other = addTrack(db, "/music/other.mp3");
        store.record(id, true, false, 1000);
        store.record(id, false, true, 2000);
        store.record(other, true, false, 500);
        TrackStore(db).remove(id);
        const std::int64_t elsewhere = addTrack(db, "/music/elsewhere.mp3");
        QCOMPARE(store.stats(elsewhere).plays, 0);
        const std::int64_t again = addTrack(db, "/music/back.mp3");
        QVERIFY(again != id);
        const ListeningStats stats = store.stats(again);
        QCOMPARE(stats.plays, 1);
        QCOMPARE(stats.skips, 1);
        QCOMPARE(stats.lastPlayedAt, 2000);
        // Given back once: removed again with nothing new, it comes back as it was, not twice over.
        TrackStore(db).remove(again);
        QCOMPARE(store.stats(addTrack(db, "/music/back.mp3")).plays, 1);
        // A whole folder removed from the library and added again.
        FolderStore(db).remove("/music");
        QVERIFY(store.all().empty());
        QCOMPARE(store.stats(addTrack(db, "/music/other.mp3")).plays, 1);
    }

    void upgradesAVersion2Database()
    {
        const QString path = freshPath();
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (int v = 0; v < 2; ++v)
            QCOMPARE(sqlite3_exec(raw, Schema::migrations()[std::size_t(v)], nullptr, nullptr, nullptr),
                     SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 2", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        Database upgraded(path);
        QCOMPARE(upgraded.schemaVersion(), Schema::latestVersion());
        const std::int64_t id = addTrack(upgraded, "/music/a.mp3");
        ListeningStore(upgraded).record(id, true, false, 10);
        QCOMPARE(ListeningStore(upgraded).stats(id).plays, 1);
    }
};

QTEST_GUILESS_MAIN(TestListeningStore)
#include "tst_listeningstore.moc"
