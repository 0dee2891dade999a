#include "core/library/LibraryScanner.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "core/service/playlists/PlaylistRecipe.h"
#include "core/service/playlists/SavedPlaylists.h"
#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaylistEntries.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

const QStringList kGenres[] = {
    {QStringLiteral("Rock")}, {QStringLiteral("Jazz")}, {QStringLiteral("Electronic")}};

std::vector<PlaylistEntry> entriesOf(const std::vector<Track>& tracks)
{
    std::vector<PlaylistEntry> entries;
    for (const Track& track : tracks)
        entries.push_back({track, -1, 0, {}});
    return entries;
}

QStringList names(const std::vector<StoredPlaylist>& playlists)
{
    QStringList list;
    for (const StoredPlaylist& p : playlists)
        list << p.name;
    return list;
}

} // namespace

// Saved playlists as both front ends use them (SavedPlaylists) and as the window holds them
// (PlaylistLibrary), over real libraries: scanned mp3 files for drives that go and come back, tag-only tracks
// for mixes.
class TestSavedPlaylists : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;

    QString freshDb() { return m_dir.filePath(QStringLiteral("case%1.db").arg(++m_case)); }

    // Thirty tag-only tracks in three genres: enough for the generator's tag vectors.
    static std::vector<Track> addTaggedTracks(const QString& db)
    {
        Database database(db);
        const std::int64_t folder = FolderStore(database).ensure("/nowhere/library");
        Transaction transaction(database);
        TrackStore store(database);
        for (int i = 0; i < 30; ++i) {
            TrackInfo t;
            t.path = "/nowhere/library/" + std::to_string(i) + ".mp3";
            t.stamp = {1000 + i, 42};
            t.artist = QStringLiteral("Artist %1").arg(i % 10);
            t.title = QStringLiteral("Song %1").arg(i);
            t.genres = kGenres[i % 3];
            t.year = 1980 + i;
            t.durationMs = 200000;
            store.insert(t, folder);
        }
        transaction.commit();
        std::vector<Track> tracks = store.find({});
        std::sort(tracks.begin(), tracks.end(), [](const Track& a, const Track& b) { return a.id < b.id; });
        return tracks;
    }

    // Three real songs in `folder`, scanned into `db`.
    std::vector<Track> scanSongs(const QString& db, const QString& folder)
    {
        AudioSpec spec;
        spec.seconds = 1;
        for (const QString& title : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")}) {
            spec.frequency += 110;
            if (!writeMp3(folder + QLatin1Char('/') + title + QStringLiteral(".mp3"), spec,
                          songTags(title, QStringLiteral("Band"))))
                return {};
        }
        LibraryScanner(db).scan({folder});
        Database database(db);
        std::vector<Track> tracks;
        for (const QString& title : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
            tracks.push_back(*TrackStore(database).trackByPath(
                toFilePath(folder + QLatin1Char('/') + title + QStringLiteral(".mp3"))));
        return tracks;
    }

private slots:
    void namesAreCleanedUniqueAndSortedAsPeopleSortThem()
    {
        const QString db = freshDb();
        const std::vector<Track> tracks = addTaggedTracks(db);
        SavedPlaylists saved(db);
        const std::int64_t mix = saved.save(QStringLiteral("  Mix\n 10 "), entriesOf({tracks[0], tracks[1]}));
        QCOMPARE(saved.load(mix).info.name, QStringLiteral("Mix 10"));
        QCOMPARE(saved.load(mix).info.tracks, 2);
        (void)saved.save(QStringLiteral("mix 2"), {});
        (void)saved.save(QStringLiteral("Ambient"), entriesOf({tracks[2]}));
        QCOMPARE(names(saved.list()), (QStringList{"Ambient", "mix 2", "Mix 10"}));

        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)saved.save(QStringLiteral("Mix 10"), {}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)saved.save(QStringLiteral(" \t "), {}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)saved.save(QString(201, QLatin1Char('x')), {}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, saved.rename(mix, QStringLiteral("Ambient")));
        QCOMPARE(saved.freeName(QStringLiteral("Mix 10")), QStringLiteral("Mix 10 2"));

        // Replacing keeps the id and takes the new songs.
        QCOMPARE(saved.save(QStringLiteral("Mix 10"), entriesOf({tracks[5]}), std::nullopt, true), mix);
        QCOMPARE(titlesOf(saved.load(mix).entries), QStringList{"Song 5"});

        saved.rename(mix, QStringLiteral("Zebra"));
        QCOMPARE(saved.find(QStringLiteral("Zebra"))->id, mix);
        QCOMPARE(saved.find(QString::number(mix))->name, QStringLiteral("Zebra"));
        QVERIFY(!saved.find(QStringLiteral("Mix 10")));
    }

    void duplicateReorderAndDelete()
    {
        const QString db = freshDb();
        const std::vector<Track> tracks = addTaggedTracks(db);
        SavedPlaylists saved(db);
        const std::int64_t id =
            saved.save(QStringLiteral("Road"), entriesOf({tracks[0], tracks[1], tracks[2]}));
        const std::int64_t copy = saved.duplicate(id);
        QCOMPARE(saved.load(copy).info.name, QStringLiteral("Road 2"));
        QCOMPARE(titlesOf(saved.load(copy).entries), (QStringList{"Song 0", "Song 1", "Song 2"}));

        saved.setEntries(copy, entriesOf({tracks[2], tracks[0]}));
        QCOMPARE(titlesOf(saved.load(copy).entries), (QStringList{"Song 2", "Song 0"}));
        QCOMPARE(titlesOf(saved.load(id).entries), (QStringList{"Song 0", "Song 1", "Song 2"}));

        saved.remove(id);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)saved.load(id));
        QCOMPARE(saved.list().size(), std::size_t(1));
        // The library's tracks are not touched.
        Database check(db);
        QCOMPARE(TrackStore(check).count(), 30);
    }

    // A drive that is not mounted: its tracks are marked unavailable by the rescan, and stay in the playlist,
    // shown as unavailable; when the drive is back the same rows are available again.
    void songsOnAnUnmountedDriveStayAndComeBack()
    {
        const QString db = freshDb();
        const QString drive = m_dir.filePath(QStringLiteral("drive%1").arg(m_case));
        const std::vector<Track> tracks = scanSongs(db, drive);
        QCOMPARE(tracks.size(), std::size_t(3));
        SavedPlaylists saved(db);
        const std::int64_t id = saved.save(QStringLiteral("On the drive"), entriesOf(tracks));

        QVERIFY(QDir().rename(drive, drive + QStringLiteral(".unmounted")));
        const ScanReport missing = LibraryScanner(db).scan({drive});
        QCOMPARE(missing.removed, 0);
        SavedPlaylist playlist = saved.load(id);
        QCOMPARE(playlist.info.tracks, 3);
        QCOMPARE(playlist.info.unavailable, 3);
        QCOMPARE(titlesOf(playlist.entries), (QStringList{"One", "Two", "Three"}));
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            QCOMPARE(playlist.entries[i].track.id, tracks[i].id);
            QVERIFY(!playlist.entries[i].track.available);
        }
        QCOMPARE(saved.list().front().unavailable, 3);

        QVERIFY(QDir().rename(drive + QStringLiteral(".unmounted"), drive));
        (void)LibraryScanner(db).scan({drive});
        playlist = saved.load(id);
        QCOMPARE(playlist.info.unavailable, 0);
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            QCOMPARE(playlist.entries[i].track.id, tracks[i].id);
            QVERIFY(playlist.entries[i].track.available);
        }
    }

    // A folder removed from the library deletes its track rows; the playlist keeps the songs (by their path
    // and tags) and has them again once the folder is added back, under their new ids.
    void songsOfARemovedFolderComeBackWhenItIsAddedAgain()
    {
        const QString db = freshDb();
        const QString folder = m_dir.filePath(QStringLiteral("folder%1").arg(m_case));
        const std::vector<Track> tracks = scanSongs(db, folder);
        SavedPlaylists saved(db);
        const std::int64_t id = saved.save(QStringLiteral("Kept"), entriesOf(tracks));
        {
            Database database(db);
            FolderStore(database).remove(toFilePath(folder));
        }
        SavedPlaylist playlist = saved.load(id);
        QCOMPARE(titlesOf(playlist.entries), (QStringList{"One", "Two", "Three"}));
        QCOMPARE(playlist.entries[1].track.id, std::int64_t(0));
        QCOMPARE(playlist.entries[1].track.path, tracks[1].path);
        QCOMPARE(playlist.entries[1].track.artist, QStringLiteral("Band"));
        QVERIFY(!playlist.entries[1].track.available);

        (void)LibraryScanner(db).scan({folder});
        playlist = saved.load(id);
        QCOMPARE(playlist.info.unavailable, 0);
        for (const PlaylistEntry& entry : playlist.entries) {
            QVERIFY(entry.track.id > 0);
            QVERIFY(entry.track.available);
        }
    }

    void aRecipeKeepsEveryOptionButTheRandomSeed()
    {
        PlaylistRequest request;
        request.count = 0;
        request.minutes = 45;
        request.artistGap = 7;
        request.maxPerArtist = 2;
        request.diversity = 0.55;
        request.hubReduction = false;
        request.filter.genres = QStringList{"Rock", "Indie Rock"};
        request.filter.excludedGenres = QStringList{"Jazz"};
        request.filter.yearFrom = 1990;
        request.filter.yearTo = 1999;
        request.order = PlaylistOrder::Path;
        request.randomSeed = 99;
        const PlaylistRequest back = PlaylistRecipe::fromJson(PlaylistRecipe::toJson(request));
        QCOMPARE(back.count, 0);
        QCOMPARE(back.minutes, 45);
        QCOMPARE(back.artistGap, 7);
        QCOMPARE(back.maxPerArtist, 2);
        QCOMPARE(back.diversity, 0.55);
        QCOMPARE(back.hubReduction, false);
        QCOMPARE(back.filter.genres, request.filter.genres);
        QCOMPARE(back.filter.excludedGenres, request.filter.excludedGenres);
        QCOMPARE(back.filter.yearFrom, 1990);
        QCOMPARE(back.filter.yearTo, 1999);
        QCOMPARE(back.order, PlaylistOrder::Path);
        QCOMPARE(back.randomSeed, std::uint64_t(0));
        // Damaged or foreign values read as something the generator takes.
        const PlaylistRequest odd = PlaylistRecipe::fromJson(
            {{QStringLiteral("count"), -4}, {QStringLiteral("order"), QStringLiteral("sideways")}});
        QCOMPARE(odd.count, PlaylistRequest().count);
        QCOMPARE(odd.order, PlaylistRequest().order);
    }

    // Regenerate runs the recipe again with a new random seed: the very list the generator makes for that
    // request, saved in place of the old songs; the recipe stays.
    void regenerateMakesAFreshMixFromTheSameRecipe()
    {
        const QString db = freshDb();
        const std::vector<Track> tracks = addTaggedTracks(db);
        PlaylistRequest request;
        request.seeds = {tracks[0].id, tracks[4].id};
        request.count = 8;
        request.artistGap = 2;
        request.order = PlaylistOrder::Smooth;
        request.randomSeed = 1;
        const PlaylistResult first = PlaylistBuilder::build(db, request);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        SavedPlaylists saved(db);
        const std::int64_t id = saved.save(QStringLiteral("Evening"), first.entries, request);
        SavedPlaylist loaded = saved.load(id);
        QVERIFY(loaded.info.generated());
        QVERIFY(loaded.recipe);
        QCOMPARE(loaded.recipe->seeds, request.seeds);
        QCOMPARE(loaded.recipe->count, 8);
        QCOMPARE(loaded.entries.front().similarity, first.entries.front().similarity);
        QCOMPARE(loaded.entries.front().why, first.entries.front().why);
        // Opened again, the songs show the Match they had (it was blank before schema version 9).
        for (std::size_t i = 0; i < first.entries.size(); ++i) {
            QVERIFY(first.entries[i].match >= 0);
            QCOMPARE(loaded.entries[i].match, first.entries[i].match);
        }
        QCOMPARE(
            saved.load(saved.save(QStringLiteral("By hand"), entriesOf({tracks[1]}))).entries.front().match,
            -1.0);

        const RegeneratedPlaylist fresh = saved.regenerate(id, 777);
        request.randomSeed = 777;
        const PlaylistResult expected = PlaylistBuilder::build(db, request);
        QCOMPARE(titlesOf(fresh.playlist.entries), titlesOf(expected.entries));
        QCOMPARE(titlesOf(saved.load(id).entries), titlesOf(expected.entries));
        QCOMPARE(fresh.playlist.entries.size(), std::size_t(8));
        for (const PlaylistEntry& e : fresh.playlist.entries)
            QVERIFY(e.track.id != tracks[0].id && e.track.id != tracks[4].id);
        QCOMPARE(saved.load(id).recipe->seeds, request.seeds);

        // A playlist that was not generated has nothing to make again from.
        const std::int64_t plain = saved.save(QStringLiteral("Plain"), entriesOf({tracks[1]}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)saved.regenerate(plain, 5));
    }

    // Before the library is analysed the similarity comes from tags: the first note says so, since it
    // explains the others (an artist gap relaxed, few songs that fit) and a narrow status bar shows the first
    // whole.
    void whereTheSimilarityComesFromIsTheFirstNote()
    {
        const QString db = freshDb();
        const std::vector<Track> tracks = addTaggedTracks(db);
        PlaylistRequest request;
        request.seeds = {tracks[0].id};
        request.count = 25;
        request.artistGap = 5;
        request.order = PlaylistOrder::Smooth;
        const PlaylistResult result = PlaylistBuilder::build(db, request);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.notes.size() >= 2, qPrintable(result.notes.join('\n')));
        QVERIFY2(result.notes.front().startsWith(QLatin1String("Too few tracks are analysed yet")),
                 qPrintable(result.notes.join('\n')));
    }

    // An M3U saved under a name: the songs found (in the library or not), in order; entries that lead nowhere
    // are left out. A song outside the library is the library's track once a scan brings it in.
    void anImportedFileIsSavedUnderAName()
    {
        const QString db = freshDb();
        const QString folder = m_dir.filePath(QStringLiteral("import%1").arg(m_case));
        const std::vector<Track> tracks = scanSongs(db, folder);
        QVERIFY(writeMp3(folder + QStringLiteral("/later/Outside.mp3"), {},
                         songTags(QStringLiteral("Outside"), QStringLiteral("Stranger"))));
        const QString m3u = folder + QStringLiteral("/list.m3u8");
        QVERIFY(writeFile(m3u, "#EXTM3U\nTwo.mp3\nlater/Outside.mp3\ngone.mp3\nOne.mp3\n"));
        SavedPlaylists saved(db);
        const ImportedPlaylist imported = saved.importFile(toFilePath(m3u), QStringLiteral("From file"));
        QCOMPARE(imported.read.entries.size(), std::size_t(3));
        QCOMPARE(imported.read.missing.size(), std::size_t(1));
        SavedPlaylist playlist = saved.load(imported.id);
        QCOMPARE(titlesOf(playlist.entries), (QStringList{"Two", "Outside", "One"}));
        QCOMPARE(playlist.entries[0].track.id, tracks[1].id);
        QCOMPARE(playlist.entries[1].track.id, std::int64_t(0));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 (void)saved.importFile(toFilePath(m3u), QStringLiteral("From file")));
        // A file none of whose songs can be found saves nothing, not even replacing, and says why.
        const QString lost = folder + QStringLiteral("/lost.m3u");
        QVERIFY(writeFile(lost, "gone.mp3\n/nowhere/else.mp3\n"));
        try {
            (void)saved.importFile(toFilePath(lost), QStringLiteral("From file"), true);
            QFAIL("an import of nothing was saved");
        } catch (const std::runtime_error& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("Nothing was saved: none of the songs in “lost.m3u” can be found."));
        }
        QCOMPARE(saved.list().size(), std::size_t(1));
        QCOMPARE(saved.load(imported.id).entries.size(), std::size_t(3));

        (void)LibraryScanner(db).scan({folder});
        playlist = saved.load(imported.id);
        QVERIFY(playlist.entries[1].track.id > 0);
        QCOMPARE(playlist.entries[1].track.artist, QStringLiteral("Stranger"));
        QCOMPARE(playlist.info.unavailable, 0);
    }

    // The window's view of them: changes on a worker, in order, the list reloaded before changed(); a
    // failure is a message, never a result.
    void theLibraryAnswersOnTheGuiThreadInOrder()
    {
        const QString db = freshDb();
        const std::vector<Track> tracks = addTaggedTracks(db);
        PlaylistLibrary library(db);
        QSignalSpy changed(&library, &PlaylistLibrary::changed);
        QSignalSpy failed(&library, &PlaylistLibrary::failed);
        library.reload();
        QTRY_VERIFY(library.isLoaded());
        QVERIFY(library.playlists().empty());

        std::int64_t saved = 0;
        library.save(QStringLiteral("First"), entriesOf({tracks[0], tracks[1]}), std::nullopt, false, this,
                     [&](std::int64_t id) {
                         saved = id;
                         // The list already has it when the caller hears of it.
                         QVERIFY(library.find(id));
                     });
        library.rename(1, QStringLiteral("Renamed"));
        library.save(QStringLiteral("Renamed"), {}, std::nullopt, false, this,
                     [](std::int64_t) { QFAIL("a name in use must not be saved over"); });
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("already exists")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(saved, std::int64_t(1));
        QCOMPARE(library.findByName(QStringLiteral("Renamed"))->tracks, 2);

        SavedPlaylist loaded;
        library.load(saved, this, [&](const SavedPlaylist& p) { loaded = p; });
        QTRY_COMPARE(titlesOf(loaded.entries), (QStringList{"Song 0", "Song 1"}));

        QSignalSpy entries(&library, &PlaylistLibrary::entriesChanged);
        library.setEntries(saved, entriesOf({tracks[1]}));
        QTRY_COMPARE(entries.count(), 1);
        QCOMPARE(library.find(saved)->tracks, 1);

        // A receiver gone before the answer hears nothing.
        auto receiver = std::make_unique<QObject>();
        bool heard = false;
        library.load(saved, receiver.get(), [&](const SavedPlaylist&) { heard = true; });
        receiver.reset();
        library.remove(saved);
        QTRY_VERIFY(library.playlists().empty());
        QVERIFY(!heard);
    }

    // The command line saving, editing, renaming or deleting a playlist while the window is open: the
    // window's list follows at its next check, and says nothing for writes that change no playlist.
    void changesMadeElsewhereAreFollowed()
    {
        const QString db = freshDb();
        const std::vector<Track> tracks = addTaggedTracks(db);
        PlaylistLibrary library(db);
        library.setOutsideCheckInterval(50);
        library.reload();
        QTRY_VERIFY(library.isLoaded());
        QSignalSpy changed(&library, &PlaylistLibrary::changed);
        QSignalSpy entries(&library, &PlaylistLibrary::entriesChanged);

        {
            Database other(db);
            static_cast<void>(FolderStore(other).ensure("/nowhere/elsewhere"));
        }
        QTest::qWait(400);
        QCOMPARE(changed.count(), 0);

        SavedPlaylists elsewhere(db);
        const std::int64_t id = elsewhere.save(QStringLiteral("From the command line"),
                                               entriesOf({tracks[0], tracks[1]}), std::nullopt, false);
        QTRY_VERIFY(library.find(id));
        QCOMPARE(library.find(id)->name, QStringLiteral("From the command line"));
        QCOMPARE(library.find(id)->tracks, 2);
        const int toldOfSave = changed.count();
        QTest::qWait(400);
        QCOMPARE(changed.count(), toldOfSave);

        elsewhere.setEntries(id, entriesOf({tracks[2]}));
        QTRY_COMPARE(library.find(id)->tracks, 1);
        QCOMPARE(entries.count(), 1);
        // Read again in between (a scan's catalog does that): the edit is still told as one.
        library.setOutsideCheckInterval(600);
        elsewhere.setEntries(id, entriesOf({tracks[2], tracks[3], tracks[4]}));
        library.reload();
        QTRY_COMPARE(library.find(id)->tracks, 3);
        QTRY_COMPARE(entries.count(), 2);
        library.setOutsideCheckInterval(50);
        elsewhere.rename(id, QStringLiteral("Renamed elsewhere"));
        QTRY_VERIFY(library.findByName(QStringLiteral("Renamed elsewhere")));
        elsewhere.remove(id);
        QTRY_VERIFY(library.playlists().empty());
    }
};

QTEST_GUILESS_MAIN(TestSavedPlaylists)
#include "tst_savedplaylists.moc"
