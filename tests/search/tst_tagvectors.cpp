#include "core/search/InnerProducts.h"
#include "core/search/SongKey.h"
#include "core/search/TagVectorSource.h"

#include <QTest>

#include <cmath>

using namespace soundalike;

namespace {

Track track(std::int64_t id, const QString& artist, const QString& album, QStringList genres, int year)
{
    Track t;
    t.id = id;
    t.path = "/music/" + std::to_string(id) + ".mp3";
    t.artist = artist;
    t.title = QStringLiteral("Song %1").arg(id);
    t.album = album;
    t.genres = std::move(genres);
    t.year = year;
    t.durationMs = 200000;
    return t;
}

float similarity(const VectorTable& table, std::int64_t a, std::int64_t b)
{
    return dot(table.vector(*table.row(a)).data(), table.vector(*table.row(b)).data(),
               std::size_t(table.dimension()));
}

std::vector<Track> library()
{
    return {
        track(1, QStringLiteral("Alpha"), QStringLiteral("First"), {QStringLiteral("Indie Rock")}, 1994),
        track(2, QStringLiteral("Beta"), QStringLiteral("Second"), {QStringLiteral("Indie Rock")}, 1996),
        track(3, QStringLiteral("Gamma"), QStringLiteral("Third"), {QStringLiteral("Hard Rock")}, 1995),
        track(4, QStringLiteral("Delta"), QStringLiteral("Fourth"), {QStringLiteral("Jazz")}, 1995),
        track(5, QStringLiteral("Alpha"), QStringLiteral("Fifth"), {QStringLiteral("Jazz")}, 1960),
        track(6, QStringLiteral("Epsilon"), QStringLiteral("Sixth"), {QStringLiteral("Indie Rock")}, 1962),
        track(7, QStringLiteral("Unknown artist"), QString(), {}, 0),
        track(8, QStringLiteral("Unknown artist"), QString(), {}, 0),
        track(9, QStringLiteral("Zeta"), QStringLiteral("Ninth"), {QStringLiteral("Jazz")}, 2020),
    };
}

} // namespace

class TestTagVectors : public QObject
{
    Q_OBJECT

private slots:
    void dimensionsAreNamed()
    {
        const auto tracks = library();
        const VectorTable table = TagVectorSource(tracks).load();
        QCOMPARE(table.size(), tracks.size());
        const QStringList& names = table.dimensionNames();
        QVERIFY(names.contains(QStringLiteral("genre:indie rock")));
        QVERIFY(names.contains(QStringLiteral("genre:jazz")));
        QVERIFY(names.contains(QStringLiteral("genre word:rock")));
        QVERIFY(!names.contains(QStringLiteral("genre word:jazz"))); // in one genre only: links nothing
        QVERIFY(names.contains(QStringLiteral("artist")));
        QVERIFY(names.contains(QStringLiteral("year:1960")));
        QVERIFY(names.contains(QStringLiteral("year:2020")));
        QVERIFY(table.sourceKey().startsWith(QLatin1String("tags/")));
        QVERIFY(table.duplicateSimilarity() > 1.0f); // equal tags do not make equal songs
    }

    void similarityFollowsTags()
    {
        const VectorTable table = TagVectorSource(library()).load();
        QVERIFY(std::abs(similarity(table, 1, 1) - 1.0f) < 1e-5f);
        // Same genre and era beat a related genre, which beats an unrelated one.
        QVERIFY(similarity(table, 1, 2) > similarity(table, 1, 3));
        QVERIFY(similarity(table, 1, 3) > similarity(table, 1, 4));
        // Same genre: close years beat distant years.
        QVERIFY(similarity(table, 1, 2) > similarity(table, 1, 6));
        // The same artist counts even across genres.
        QVERIFY(similarity(table, 1, 5) > similarity(table, 1, 9));
        // "Unknown artist" is not an artist two tracks share; a track without tags is like nothing.
        QCOMPARE(similarity(table, 7, 8), 0.0f);
        QCOMPARE(similarity(table, 7, 1), 0.0f);
    }

    void keyDependsOnVocabularyNotOrder()
    {
        auto tracks = library();
        const QString key = TagVectorSource(tracks).load().sourceKey();
        std::reverse(tracks.begin(), tracks.end());
        QCOMPARE(TagVectorSource(tracks).load().sourceKey(), key);
        tracks.push_back(
            track(10, QStringLiteral("Eta"), QStringLiteral("Tenth"), {QStringLiteral("Jazz")}, 1995));
        QCOMPARE(TagVectorSource(tracks).load().sourceKey(), key);
        tracks.push_back(
            track(11, QStringLiteral("Eta"), QStringLiteral("Tenth"), {QStringLiteral("Polka")}, 1995));
        QVERIFY(TagVectorSource(tracks).load().sourceKey() != key);
    }

    void songKeysIgnoreVersionsAndGuests_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("remaster") << "Song"
                                  << "Song (2011 Remaster)" << true;
        QTest::newRow("dash live") << "Song"
                                   << "song - Live at Wembley" << true;
        QTest::newRow("stacked") << "Song"
                                 << "Song (Live) [Remastered]" << true;
        QTest::newRow("guest") << "Song"
                               << "Song (feat. Somebody)" << true;
        QTest::newRow("punctuation") << "Don't Stop"
                                     << "Dont Stop" << false;
        QTest::newRow("case") << "SONG"
                              << "song" << true;
        QTest::newRow("part") << "Song (Part 1)"
                              << "Song (Part 2)" << false;
        QTest::newRow("live in name") << "Live Forever"
                                      << "Forever" << false;
    }

    void songKeysIgnoreVersionsAndGuests()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(SongKey::title(a) == SongKey::title(b), same);
    }

    void artistKeys()
    {
        QCOMPARE(SongKey::artist(QStringLiteral("AC/DC")), SongKey::artist(QStringLiteral("ac-dc")));
        QCOMPARE(SongKey::artist(QStringLiteral("Alpha feat. Beta")),
                 SongKey::artist(QStringLiteral("ALPHA")));
        QCOMPARE(SongKey::artist(QStringLiteral("Alpha ft. Beta")), SongKey::artist(QStringLiteral("alpha")));
        QVERIFY(SongKey::artist(QStringLiteral("Alpha")) != SongKey::artist(QStringLiteral("Alphaville")));
    }
};

QTEST_GUILESS_MAIN(TestTagVectors)
#include "tst_tagvectors.moc"
