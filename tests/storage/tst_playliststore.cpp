#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/PlaylistStore.h"
#include "core/storage/Schema.h"
#include "core/storage/StorageError.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace soundalike;

namespace {

TrackInfo song(const std::string& path, const QString& title, int durationMs = 180000)
{
    TrackInfo info;
    info.path = path;
    info.stamp = {1000, 42};
    info.title = title;
    info.artist = QStringLiteral("Artist");
    info.durationMs = durationMs;
    return info;
}

StoredEntry entryFor(std::int64_t id, const TrackInfo& info)
{
    return {id, info.path, info.title, info.artist, info.durationMs, -1, 0, {}};
}

} // namespace

// Saved playlists in SQLite: the migration that adds them, and entries that outlive their track rows.
class TestPlaylistStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::int64_t m_folder = 0;
    std::vector<TrackInfo> m_songs;
    std::vector<std::int64_t> m_ids;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("p.db")); }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(dbPath());
        m_folder = FolderStore(*m_db).ensure("/music");
        m_songs = {song("/music/a.mp3", QStringLiteral("A"), 1000),
                   song("/music/b.mp3", QStringLiteral("B"), 2000),
                   song("/music/c\xe9.mp3", QStringLiteral("C"), 4000)};
        m_ids.clear();
        TrackStore tracks(*m_db);
        for (const TrackInfo& info : m_songs)
            m_ids.push_back(tracks.insert(info, m_folder));
    }

    void cleanup()
    {
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath() + QLatin1String(suffix));
    }

    void aVersion2LibraryGainsPlaylistsAndKeepsItsTracks()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(sqlite3_exec(raw, Schema::migrations()[std::size_t(i)], nullptr, nullptr, nullptr),
                     SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "INSERT INTO tracks(path, size, mtime_ns, title, artist, added_at, updated_at) "
                              "VALUES('/old/song.mp3', 1, 1, 'Old', 'Band', 0, 0); PRAGMA user_version = 2",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);

        Database upgraded(path);
        QCOMPARE(upgraded.schemaVersion(), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 3);
        QCOMPARE(TrackStore(upgraded).count(), 1);
        PlaylistStore store(upgraded);
        QVERIFY(store.all().empty());
        const std::int64_t id = store.add(QStringLiteral("Kept"), {});
        const std::optional<Track> old = TrackStore(upgraded).trackByPath("/old/song.mp3");
        QVERIFY(old);
        store.setEntries(id, {{old->id, old->path, old->title, old->artist, 0, -1, 0, {}}});
        QCOMPARE(store.entries(id).front().trackId, old->id);
    }

    void entriesKeepTheirOrderTagsAndRawPaths()
    {
        PlaylistStore store(*m_db);
        const std::int64_t id = store.add(QStringLiteral("Mix"), {});
        store.setEntries(id, {entryFor(m_ids[2], m_songs[2]),
                              entryFor(m_ids[0], m_songs[0]),
                              {m_ids[1], m_songs[1].path, QStringLiteral("B"), QStringLiteral("Artist"), 2000,
                               0.75, m_ids[0], QStringLiteral("like A")}});
        const std::vector<StoredEntry> entries = store.entries(id);
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries[0].trackId, m_ids[2]);
        QCOMPARE(entries[0].path, std::string("/music/c\xe9.mp3"));
        QCOMPARE(entries[1].title, QStringLiteral("A"));
        QCOMPARE(entries[1].similarity, -1.0);
        QCOMPARE(entries[2].similarity, 0.75);
        QCOMPARE(entries[2].seedId, m_ids[0]);
        QCOMPARE(entries[2].why, QStringLiteral("like A"));

        const StoredPlaylist summary = *store.find(id);
        QCOMPARE(summary.name, QStringLiteral("Mix"));
        QCOMPARE(summary.tracks, 3);
        QCOMPARE(summary.unavailable, 0);
        QCOMPARE(summary.durationMs, std::int64_t(7000));
        QVERIFY(!summary.generated());

        // Fewer entries replace all of them, not just the first.
        store.setEntries(id, {entryFor(m_ids[1], m_songs[1])});
        QCOMPARE(store.entries(id).size(), std::size_t(1));
        QCOMPARE(store.find(id)->tracks, 1);
    }

    void namesAreUniqueAndRenamable()
    {
        PlaylistStore store(*m_db);
        const std::int64_t first = store.add(QStringLiteral("One"), {});
        const std::int64_t empty = store.add(QStringLiteral("Empty"), {});
        QCOMPARE(store.idOf(QStringLiteral("One")), std::optional(first));
        QVERIFY(!store.idOf(QStringLiteral("one")));
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)store.add(QStringLiteral("One"), {}));
        store.rename(first, QStringLiteral("Uno"));
        QCOMPARE(store.find(first)->name, QStringLiteral("Uno"));
        QVERIFY(!store.idOf(QStringLiteral("One")));
        // A playlist without songs is listed all the same.
        QCOMPARE(store.find(empty)->tracks, 0);
        QCOMPARE(store.find(empty)->unavailable, 0);
        QCOMPARE(store.find(empty)->durationMs, std::int64_t(0));
        QCOMPARE(store.all().size(), std::size_t(2));
    }

    // An unmounted drive marks tracks unavailable: the entries stay, counted as unavailable, and come back.
    void unavailableTracksStayInPlaylists()
    {
        PlaylistStore store(*m_db);
        const std::int64_t id = store.add(QStringLiteral("Drive"), {});
        store.setEntries(id, {entryFor(m_ids[0], m_songs[0]), entryFor(m_ids[1], m_songs[1])});
        TrackStore(*m_db).setAvailableUnder("/music", false);
        QCOMPARE(store.find(id)->unavailable, 2);
        QCOMPARE(store.entries(id).size(), std::size_t(2));
        QCOMPARE(store.entries(id)[1].trackId, m_ids[1]);
        TrackStore(*m_db).setAvailableUnder("/music", true);
        QCOMPARE(store.find(id)->unavailable, 0);
    }

    // A track row deleted (its folder removed from the library) leaves the entry with its path and tags; a
    // track of that path, scanned in again under a new id, is the entry's track once more.
    void anEntryOutlivesItsTrackRowAndFindsItAgainByPath()
    {
        PlaylistStore store(*m_db);
        const std::int64_t id = store.add(QStringLiteral("Survivor"), {{QStringLiteral("count"), 5}});
        store.setEntries(id, {entryFor(m_ids[0], m_songs[0]), entryFor(m_ids[2], m_songs[2])});
        store.setRecipe(id, {{QStringLiteral("count"), 5}}, {{m_ids[2], m_songs[2].path}});
        FolderStore(*m_db).remove("/music");
        QCOMPARE(TrackStore(*m_db).count(), 0);

        std::vector<StoredEntry> entries = store.entries(id);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[1].trackId, std::int64_t(0));
        QCOMPARE(entries[1].path, m_songs[2].path);
        QCOMPARE(entries[1].title, QStringLiteral("C"));
        QCOMPARE(store.find(id)->unavailable, 2);
        QCOMPARE(store.find(id)->durationMs, std::int64_t(5000)); // as saved
        QCOMPARE(store.seeds(id).front().trackId, std::int64_t(0));

        const std::int64_t back = TrackStore(*m_db).insert(m_songs[2], FolderStore(*m_db).ensure("/music"));
        entries = store.entries(id);
        QCOMPARE(entries[1].trackId, back);
        // SQLite may give the new row the id of a deleted one (here the first song's): the first entry lost
        // its id when its row went, so it is not taken for another song.
        QCOMPARE(entries[0].trackId, std::int64_t(0));
        QCOMPARE(store.find(id)->unavailable, 1);
        QCOMPARE(store.seeds(id).front().trackId, back);
        QVERIFY(store.find(id)->generated());
        QCOMPARE(store.find(id)->recipe.value(QStringLiteral("count")).toInt(), 5);
    }

    void deletingAPlaylistDeletesItsEntriesAndSeedsOnly()
    {
        PlaylistStore store(*m_db);
        const std::int64_t id = store.add(QStringLiteral("Gone"), {});
        store.setEntries(id, {entryFor(m_ids[0], m_songs[0])});
        store.setRecipe(id, {{QStringLiteral("count"), 3}}, {{m_ids[0], m_songs[0].path}});
        {
            Transaction transaction(*m_db);
            store.remove(id);
            transaction.commit();
        }
        QVERIFY(!store.find(id));
        QVERIFY(store.entries(id).empty());
        QVERIFY(store.seeds(id).empty());
        QCOMPARE(TrackStore(*m_db).count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPlaylistStore)
#include "tst_playliststore.moc"
