#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;

namespace {

TrackInfo makeInfo(const std::string& path, const QString& artist, const QString& title,
                   QStringList genres = {})
{
    TrackInfo info;
    info.path = path;
    info.stamp = {1000, 42};
    info.title = title;
    info.artist = artist;
    info.album = QStringLiteral("Album");
    info.genres = std::move(genres);
    info.durationMs = 180000;
    info.year = 1999;
    return info;
}

} // namespace

class TestTrackStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackStore> m_store;
    std::int64_t m_folder = 0;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
        m_store.reset();
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("t.db")));
        m_store = std::make_unique<TrackStore>(*m_db);
        m_folder = FolderStore(*m_db).ensure("/music");
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("t.db") + QLatin1String(suffix)));
    }

    void insertAndReadBack()
    {
        TrackInfo info = makeInfo("/music/a.mp3", QStringLiteral("Artist"), QStringLiteral("Title"),
                                  {QStringLiteral("Rock"), QStringLiteral("Pop")});
        info.trackNumber = 3;
        info.trackTotal = 12;
        const auto id = m_store->insert(info, m_folder);
        const auto track = m_store->track(id);
        QVERIFY(track);
        QCOMPARE(track->title, QStringLiteral("Title"));
        QCOMPARE(track->genres, (QStringList{QStringLiteral("Rock"), QStringLiteral("Pop")}));
        QCOMPARE(track->trackNumber, 3);
        QCOMPARE(track->trackTotal, 12);
        QCOMPARE(track->discNumber, 0);
        QCOMPARE(track->year, 1999);
        QVERIFY(track->available);
        QCOMPARE(m_store->trackByPath("/music/a.mp3")->id, id);
    }

    void genresAreSharedCaseInsensitively()
    {
        m_store->insert(makeInfo("/music/a.mp3", "A", "1", {QStringLiteral("Rock")}), m_folder);
        m_store->insert(makeInfo("/music/b.mp3", "B", "2", {QStringLiteral("ROCK")}), m_folder);
        QCOMPARE(m_store->stats().genres, 1);
        TrackQuery query;
        query.genres = QStringList{QStringLiteral("rock")};
        QCOMPARE(m_store->find(query).size(), std::size_t(2));
    }

    void updateKeepsIdAndReplacesGenres()
    {
        const auto id =
            m_store->insert(makeInfo("/music/a.mp3", "A", "1", {QStringLiteral("Rock")}), m_folder);
        m_store->update(id, makeInfo("/music/b.mp3", "A", "2", {QStringLiteral("Jazz")}));
        const auto track = m_store->track(id);
        QCOMPARE(track->path, std::string("/music/b.mp3"));
        QCOMPARE(track->genres, QStringList{QStringLiteral("Jazz")});
        QCOMPARE(m_store->count(), 1);
    }

    void hostileTextRoundTrips()
    {
        const QString nasty =
            QStringLiteral("Robert'); DROP TABLE tracks;-- \"quoted\" 100% _under_ \u202Eevil\u202C");
        const auto id = m_store->insert(makeInfo("/music/it's 100%_a.mp3", nasty, nasty, {nasty}), m_folder);
        const auto track = m_store->track(id);
        QCOMPARE(track->artist, nasty);
        QCOMPARE(track->title, nasty);
        QCOMPARE(track->genres, QStringList{nasty});
        QCOMPARE(m_store->count(), 1);
    }

    void artistFilterFoldsUnicode()
    {
        m_store->insert(makeInfo("/music/1.mp3", QStringLiteral("Мумий Тролль"), QStringLiteral("Утекай"),
                                 {QStringLiteral("Rock")}),
                        m_folder);
        m_store->insert(makeInfo("/music/2.mp3", QStringLiteral("Björk"), QStringLiteral("Jóga"),
                                 {QStringLiteral("Electronic")}),
                        m_folder);
        TrackQuery byArtist;
        byArtist.artist = QStringLiteral("björk");
        QCOMPARE(m_store->find(byArtist).size(), std::size_t(1));
        // As the window's filter box finds them (searchKey): without accents, and a name stored decomposed
        // (NFD, as from macOS) by the composed word typed.
        byArtist.artist = QStringLiteral("bjork");
        QCOMPARE(m_store->find(byArtist).size(), std::size_t(1));
        m_store->insert(makeInfo("/music/3.ogg",
                                 QStringLiteral("Зоя Йолкина").normalized(QString::NormalizationForm_D),
                                 QStringLiteral("Чайка").normalized(QString::NormalizationForm_D), {}),
                        m_folder);
        byArtist.artist = QStringLiteral("Зоя Йолкина");
        QCOMPARE(m_store->find(byArtist).size(), std::size_t(1));
    }

    void folderRangeIgnoresLikeWildcardsAndSiblings()
    {
        m_store->insert(makeInfo("/music/100%_x/a.mp3", "A", "1"), m_folder);
        m_store->insert(makeInfo("/music/100%_xy/b.mp3", "B", "2"), m_folder);
        m_store->insert(makeInfo("/music/100%_x-other/c.mp3", "C", "3"), m_folder);
        QCOMPARE(m_store->filesUnder("/music/100%_x").size(), std::size_t(1));
        m_store->setAvailableUnder("/music/100%_x", false);
        QCOMPARE(m_store->stats().unavailable, 1);
        QCOMPARE(m_store->filesUnder("/music").size(), std::size_t(3));
    }

    void lookalikesMatchSizeDurationAndTags()
    {
        const auto id = m_store->insert(makeInfo("/music/a.mp3", "A", "Song"), m_folder);
        m_store->insert(makeInfo("/music/b.mp3", "A", "Other"), m_folder);
        auto info = makeInfo("/music/moved/a.mp3", "A", "Song");
        QCOMPARE(m_store->lookalikes(info, "/music"), std::vector<std::int64_t>{id});
        info.stamp.size += 1;
        QVERIFY(m_store->lookalikes(info, "/music").empty());
    }

    void problemsAreRecordedOncePerPath()
    {
        ProblemStore problems(*m_db);
        problems.record("/music/bad.mp3", {10, 1}, Reason::verbatim(QStringLiteral("first")));
        problems.record("/music/bad.mp3", {11, 2}, Reason::verbatim(QStringLiteral("second")));
        problems.record("/elsewhere/bad.mp3", {1, 1}, Reason::verbatim(QStringLiteral("x")));
        QCOMPARE(problems.count(), 2);
        const auto under = problems.under("/music");
        QCOMPARE(under.size(), std::size_t(1));
        QCOMPARE(under.at("/music/bad.mp3"), (FileStamp{11, 2}));
        QCOMPARE(problems.all().front().reason.text(), QStringLiteral("x"));
        problems.clear("/music/bad.mp3");
        QCOMPARE(problems.count(), 1);
    }

    void statsCountArtistsAlbumsAndDuration()
    {
        Transaction batch(*m_db);
        m_store->insert(makeInfo("/music/1.mp3", "A", "1"), m_folder);
        m_store->insert(makeInfo("/music/2.mp3", "a", "2"), m_folder);
        m_store->insert(makeInfo("/music/3.mp3", "B", "3"), m_folder);
        batch.commit();
        const LibraryStats stats = m_store->stats();
        QCOMPARE(stats.tracks, 3);
        QCOMPARE(stats.artists, 2);
        QCOMPARE(stats.albums, 1);
        QCOMPARE(stats.totalDurationMs, std::int64_t(3 * 180000));
    }
};

QTEST_GUILESS_MAIN(TestTrackStore)
#include "tst_trackstore.moc"
