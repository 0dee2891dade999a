#include "core/service/TrackCatalog.h"

#include <QTest>

using namespace soundalike;

namespace {

Track track(std::int64_t id, const QString& artist, const QString& album, const QString& title, int year,
            const QStringList& genres, int number = 0, const QString& albumArtist = {})
{
    Track t;
    t.id = id;
    t.artist = artist;
    t.albumArtist = albumArtist;
    t.album = album;
    t.title = title;
    t.year = year;
    t.genres = genres;
    t.trackNumber = number;
    t.durationMs = int(id) * 1000;
    return t;
}

QStringList titles(const TrackCatalog& catalog, const std::vector<int>& order)
{
    QStringList list;
    for (const int i : order)
        list << catalog.at(i).title;
    return list;
}

TrackCatalog sample()
{
    return TrackCatalog({
        track(1, "Zed", "Zulu", "Last", 1999, {"Rock"}),
        track(2, "Ábba", "Gold", "Waterloo", 1974, {"Pop"}, 2),
        track(3, "abba", "Gold", "Mamma Mia", 1975, {"Pop", "Disco"}, 1),
        track(4, "Various", "Hits", "Théme", 2001, {"Electronic"}, 1, "Compilers"),
        track(5, "Moby", "Play", "Porcelain", 1999, {}, 3),
    });
}

} // namespace

class TestTrackCatalog : public QObject
{
    Q_OBJECT

private slots:
    void libraryOrderGroupsByAlbumArtistThenAlbumThenTrackNumber()
    {
        const TrackCatalog c = sample();
        // Accents fold for sorting: "Ábba" sorts beside "abba", not after "Zed", yet stays its own artist;
        // album artist "Compilers" files track 4.
        QCOMPARE(titles(c, c.libraryOrder()),
                 QStringList({"Mamma Mia", "Waterloo", "Théme", "Porcelain", "Last"}));
        QCOMPARE(TrackCatalog::groupArtist(c.at(c.indexOf(4))), QStringLiteral("Compilers"));
    }

    void filterNeedsEveryWordInAnyField()
    {
        const TrackCatalog c = sample();
        const auto all = c.libraryOrder();
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("gold"))).size(), 2);
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("gold disco"))),
                 QStringList({"Mamma Mia"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("  POP   mamma "))),
                 QStringList({"Mamma Mia"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("théme"))), QStringList({"Théme"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("compilers"))), QStringList({"Théme"}));
        QVERIFY(c.filter(all, TrackCatalog::searchWords("gold rock")).empty());
        // Accents and full-width forms, as typed or as tagged, match their plain letters.
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("theme"))), QStringList({"Théme"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("THÈME"))), QStringList({"Théme"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords(QStringLiteral("ｐｏｒｃｅｌａｉｎ")))),
                 QStringList({"Porcelain"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("waterloo abba"))),
                 QStringList({"Waterloo"}));
        // Words never match across two fields.
        QVERIFY(c.filter(all, TrackCatalog::searchWords("zululast")).empty());
        QCOMPARE(int(c.filter(all, {}).size()), 5);
    }

    // The filter box finds a genre tag by its canonical genre and family too.
    void filterFindsGenresByFamily()
    {
        const TrackCatalog c(
            {track(1, "A", "X", "Tech", 2000, {"Techno"}), track(2, "B", "Y", "Thrash", 2000, {"thrash"}),
             track(3, "C", "Z", "Rap", 2000, {"Rap"}), track(4, "D", "W", "Other", 2000, {"Other"})});
        const auto all = c.libraryOrder();
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("electronic"))), QStringList({"Tech"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("metal"))), QStringList({"Thrash"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("hip hop"))), QStringList({"Rap"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("other"))), QStringList({"Other"}));
    }

    // A Russian listener types the genre in Russian over English tags, and the other way round.
    void filterFindsAGenreByItsOtherSpellings()
    {
        const TrackCatalog c(
            {track(1, "A", "X", "Reel", 2000, {"Folk"}), track(2, "B", "Y", "Песня", 2000, {"Фолк"}),
             track(3, "C", "Z", "Beat", 2000, {"Hip-Hop"}), track(4, "D", "W", "Fold", 2000, {})});
        const auto all = c.libraryOrder();
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords(QStringLiteral("фолк")))),
                 QStringList({"Reel", "Песня"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("folk"))), QStringList({"Reel", "Песня"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("hiphop"))), QStringList({"Beat"}));
        // A word that is no genre matches as typed only, and a genre's spelling needs the other words too.
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords("fol"))),
                 QStringList({"Reel", "Песня", "Fold"}));
        QCOMPARE(titles(c, c.filter(all, TrackCatalog::searchWords(QStringLiteral("фолк b")))),
                 QStringList({"Песня"}));
        QVERIFY(TrackCatalog::matcher(TrackCatalog::searchWords(QStringLiteral("Фолк")))(c.at(c.indexOf(1))));
        QVERIFY(
            !TrackCatalog::matcher(TrackCatalog::searchWords(QStringLiteral("фолк")))(c.at(c.indexOf(3))));
    }

    void sortsByEachFieldKeepingLibraryOrderForTies()
    {
        const TrackCatalog c = sample();
        QCOMPARE(titles(c, c.sortedBy(TrackField::Title)).first(), QStringLiteral("Last"));
        QCOMPARE(titles(c, c.sortedBy(TrackField::Year)),
                 QStringList({"Waterloo", "Mamma Mia", "Porcelain", "Last", "Théme"}));
        QCOMPARE(titles(c, c.sortedBy(TrackField::Duration)),
                 QStringList({"Last", "Waterloo", "Mamma Mia", "Théme", "Porcelain"}));
        QCOMPARE(titles(c, c.sortedBy(TrackField::Genre)).first(),
                 QStringLiteral("Porcelain")); // no genre first
    }

    void findsTracksById()
    {
        const TrackCatalog c = sample();
        QCOMPARE(c.find(3)->title, QStringLiteral("Mamma Mia"));
        QVERIFY(!c.find(99));
        QCOMPARE(c.indexOf(99), -1);
        // In the order asked for, unknown ids left out.
        const std::vector<Track> found = c.findAll({3, 99, 1});
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].id, 3);
        QCOMPARE(found[1].id, 1);
    }

    // A track a list kept is found by its id, and, once its id is gone (the file removed and put back, a new
    // row), by its path; a path the library does not have finds nothing.
    void findsAKeptTrackByIdElseByPath()
    {
        Track back =
            track(7, QStringLiteral("ABBA"), QStringLiteral("Arrival"), QStringLiteral("Fernando"), 1976, {});
        back.path = "/music/fernando.mp3";
        Track other =
            track(8, QStringLiteral("ABBA"), QStringLiteral("Arrival"), QStringLiteral("Tiger"), 1976, {});
        other.path = "/music/tiger.mp3";
        const TrackCatalog c({back, other});
        Track kept = back;
        kept.id = 3; // the row it had before it was removed
        QCOMPARE(c.find(kept)->id, 7);
        kept.id = 8; // an id the library still has wins over the path
        QCOMPARE(c.find(kept)->title, QStringLiteral("Tiger"));
        kept.id = 3;
        kept.path = "/music/gone.mp3";
        QVERIFY(!c.find(kept));
    }
};

QTEST_GUILESS_MAIN(TestTrackCatalog)
#include "tst_trackcatalog.moc"
