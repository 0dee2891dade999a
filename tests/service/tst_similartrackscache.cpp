#include "core/service/PlaylistBuilder.h"
#include "core/service/SimilarTracksCache.h"
#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/ListeningStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/FreshSearch.h"
#include "tests/support/PlaylistEntries.h"
#include "tests/support/TaggedTracks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace soundalike;

namespace {

constexpr int kTracks = 600;

PlaylistRequest requestFrom(std::vector<std::int64_t> seeds)
{
    PlaylistRequest request;
    request.seeds = std::move(seeds);
    request.count = 20;
    request.order = PlaylistOrder::Smooth;
    request.randomSeed = 5;
    return request;
}

std::vector<std::int64_t> idsOf(const PlaylistResult& result)
{
    return test::idsOf(result.entries);
}

std::vector<std::int64_t> fresh(const QString& db, const PlaylistRequest& request)
{
    return test::playlistOfFreshSearch(db, request);
}

std::int64_t addTrack(const QString& db, const std::string& path)
{
    Database database(db);
    TrackInfo info;
    info.path = path;
    info.stamp = {1, 1};
    info.title = QStringLiteral("New");
    info.artist = QStringLiteral("Newcomer");
    info.genres = {QStringLiteral("Rock")};
    return TrackStore(database).insert(info, FolderStore(database).ensure("/bench/music"));
}

} // namespace

// The app's playlists come from a search kept open between them (SimilarTracksCache): reused while the
// library is unchanged, opened again as soon as anything a playlist is made from changes, in this process or
// another, and always giving the playlist a freshly opened search would give.
class TestSimilarTracksCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_libraries = 0;
    SimilarTracksCache& m_cache = SimilarTracksCache::shared();

    PlaylistResult build(const PlaylistRequest& request)
    {
        PlaylistResult result = PlaylistBuilder::build(m_db, request);
        [&] { QVERIFY2(result.error.isEmpty(), qPrintable(result.error)); }();
        return result;
    }

private slots:
    void init()
    {
        // A library of its own per test: what one test changes does not reach the next.
        m_db = m_dir.filePath(QStringLiteral("library%1.db").arg(++m_libraries));
        test::writeTaggedTracks(m_db, kTracks);
        test::writeSyntheticDescriptors(m_db, kTracks);
    }

    void keepsTheSearchWhileNothingChanges()
    {
        const int before = m_cache.openings();
        const PlaylistRequest first = requestFrom({3, 140, 333});
        const PlaylistRequest second = requestFrom({17, 500});
        const PlaylistResult a = build(first);
        const PlaylistResult b = build(second);
        const PlaylistResult again = build(first);
        QCOMPARE(m_cache.openings(), before + 1);
        QCOMPARE(idsOf(a).size(), std::size_t(20));
        QCOMPARE(idsOf(a), fresh(m_db, first));
        QCOMPARE(idsOf(b), fresh(m_db, second));
        QCOMPARE(idsOf(again), idsOf(a));
    }

    void listeningDoesNotReopenIt()
    {
        build(requestFrom({3, 140}));
        const int before = m_cache.openings();
        {
            Database db(m_db);
            ListeningStore(db).record(3, true, false, 1000);
        }
        build(requestFrom({3, 140}));
        QCOMPARE(m_cache.openings(), before);
    }

    void aTrackRemovedMeanwhileIsNeverPicked()
    {
        const PlaylistRequest request = requestFrom({3, 140, 333});
        const std::int64_t gone = idsOf(build(request)).front();
        {
            Database db(m_db);
            TrackStore(db).remove(gone);
        }
        const int before = m_cache.openings();
        const std::vector<std::int64_t> after = idsOf(build(request));
        QCOMPARE(m_cache.openings(), before + 1);
        QVERIFY(std::find(after.begin(), after.end(), gone) == after.end());
        QCOMPARE(after, fresh(m_db, request));
    }

    void aTrackAddedMeanwhileCanBeASeed()
    {
        build(requestFrom({3}));
        const std::int64_t added = addTrack(m_db, "/bench/music/new.mp3");
        // Not analysed: the playlist falls back to tags, and the fallback is not kept for the next request.
        const PlaylistResult fromNew = build(requestFrom({added}));
        QVERIFY(!fromNew.entries.empty());
        const int before = m_cache.openings();
        const PlaylistRequest analysed = requestFrom({3, 140});
        QCOMPARE(idsOf(build(analysed)), fresh(m_db, analysed));
        QCOMPARE(m_cache.openings(), before + 1);
    }

    void aReplacedDatabaseIsOpenedAfresh()
    {
        build(requestFrom({3}));
        const QString smaller = m_dir.filePath(QStringLiteral("smaller.db"));
        test::writeTaggedTracks(smaller, 50);
        test::writeSyntheticDescriptors(smaller, 50);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_db + suffix);
        QVERIFY(QFile::rename(smaller, m_db));
        const int before = m_cache.openings();
        const std::vector<std::int64_t> ids = idsOf(build(requestFrom({3})));
        QCOMPARE(m_cache.openings(), before + 1);
        QVERIFY(!ids.empty());
        QVERIFY(std::all_of(ids.begin(), ids.end(), [](std::int64_t id) { return id <= 50; }));
    }

    void preparingOpensItAheadOfTheRequest()
    {
        const int before = m_cache.openings();
        PlaylistBuilder builder(m_db);
        builder.prepare();
        QTRY_COMPARE(m_cache.openings(), before + 1);
        const PlaylistRequest request = requestFrom({3, 140});
        QCOMPARE(idsOf(build(request)), fresh(m_db, request));
        builder.prepare(); // current: nothing to open
        build(request);
        QCOMPARE(m_cache.openings(), before + 1);
    }

    void preparingAnEmptyLibraryLeavesTheMessageToTheRequest()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
        SimilarTracksCache::shared().prepare(empty);
        const PlaylistResult result = PlaylistBuilder::build(empty, requestFrom({1}));
        QVERIFY2(result.error.contains(QStringLiteral("no songs yet")), qPrintable(result.error));
    }

    void anUnknownSeedIsRefusedAndTheNextRequestServed()
    {
        const PlaylistResult refused = PlaylistBuilder::build(m_db, requestFrom({kTracks + 100}));
        QVERIFY(!refused.error.isEmpty());
        const PlaylistRequest request = requestFrom({3, 140});
        QCOMPARE(idsOf(build(request)), fresh(m_db, request));
    }
};

QTEST_GUILESS_MAIN(TestSimilarTracksCache)
#include "tst_similartrackscache.moc"
