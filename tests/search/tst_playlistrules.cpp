#include "core/search/SongKey.h"
#include "tests/search/PlaylistFixture.h"

#include <QTest>

#include <map>
#include <set>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// `artists` artists with `each` tracks apiece, all near axis 0; returns the first track (a seed).
std::int64_t fillCluster(PlaylistFixture& library, int artists, int each, double noise = 0.3)
{
    std::int64_t first = 0;
    for (int a = 0; a < artists; ++a) {
        for (int t = 0; t < each; ++t) {
            const auto id = library.add({QStringLiteral("Artist %1").arg(a)}, library.near(0, noise));
            first = first ? first : id;
        }
    }
    return first;
}

// 120 songs by 40 artists, spread over eight styles away from style 0: a library large enough that a small
// style's songs are few among many.
void addOtherStyles(PlaylistFixture& library)
{
    for (int i = 0; i < 120; ++i)
        library.add({QStringLiteral("Other %1").arg(i % 40)}, library.near(1 + i % 8, 0.6));
}

std::map<QString, int> tracksPerArtist(const PlaylistFixture& library, const GeneratedPlaylist& playlist)
{
    std::map<QString, int> counts;
    for (const SuggestedTrack& e : playlist.entries)
        ++counts[library.entry(e.trackId).meta.artist];
    return counts;
}

} // namespace

class TestPlaylistRules : public QObject
{
    Q_OBJECT

private slots:
    void seedsAndDuplicatesNeverAppear()
    {
        PlaylistFixture library;
        library.setDuplicateSimilarity(0.9999f);
        const auto seed =
            library.add({QStringLiteral("Alpha"), QStringLiteral("Opening")}, library.near(0, 0.05));
        // The seed's song again: another release, a guest credit, a live take.
        library.add({QStringLiteral("Alpha feat. Guest"), QStringLiteral("Opening (2011 Remaster)")},
                    library.near(0, 0.05));
        library.add({QStringLiteral("ALPHA"), QStringLiteral("opening - live")}, library.near(0, 0.05));
        // Another song twice, and a recording filed under two names (identical vectors).
        library.add({QStringLiteral("Beta"), QStringLiteral("Second")}, library.near(0, 0.1));
        library.add({QStringLiteral("Beta"), QStringLiteral("Second (Remastered)")}, library.near(0, 0.1));
        const auto same = library.near(0, 0.1);
        const auto first = library.add({QStringLiteral("Gamma"), QStringLiteral("Third")}, same);
        const auto second = library.add({QStringLiteral("Unknown"), QStringLiteral("Track 03")}, same);
        fillCluster(library, 20, 2);

        GenerationRequest r = request({seed}, 30);
        r.artistGap = 0;
        r.diversity = 0;
        const GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 30);
        std::set<QString> songs;
        const QString seedSong = SongKey::song(QStringLiteral("Alpha"), QStringLiteral("Opening"));
        for (const SuggestedTrack& e : playlist.entries) {
            const auto& meta = library.entry(e.trackId).meta;
            QVERIFY(e.trackId != seed);
            const QString song = SongKey::song(meta.artist, meta.title);
            QVERIFY2(song != seedSong, qPrintable(meta.title));
            QVERIFY2(songs.insert(song).second, qPrintable(meta.title));
        }
        const auto ids = idsOf(playlist);
        const bool firstIn = std::count(ids.begin(), ids.end(), first);
        const bool secondIn = std::count(ids.begin(), ids.end(), second);
        QVERIFY(firstIn != secondIn);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            for (std::size_t j = i + 1; j < ids.size(); ++j)
                QVERIFY(library.similarity(ids[i], ids[j]) < 0.9999f);
        }
    }

    void artistGapHoldsWheneverTheLibraryAllows_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("similar") << int(PlaylistOrder::Similar);
        QTest::newRow("smooth") << int(PlaylistOrder::Smooth);
        QTest::newRow("path") << int(PlaylistOrder::Path);
    }

    void artistGapHoldsWheneverTheLibraryAllows()
    {
        QFETCH(int, order);
        PlaylistFixture library;
        const auto seed = fillCluster(library, 12, 6);
        const auto end = library.add({QStringLiteral("Far")}, library.near(1, 0.3));
        for (int i = 0; i < 40; ++i)
            library.add({QStringLiteral("Between %1").arg(i % 10)},
                        library.between(0, 1, 1.57 * i / 40, 0.2));
        GenerationRequest r = request({seed, end}, 30);
        if (PlaylistOrder(order) != PlaylistOrder::Path)
            r.seeds = {seed};
        r.order = PlaylistOrder(order);
        r.artistGap = 5;
        const GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 30);
        QVERIFY(playlist.relaxations.isEmpty());
        QVERIFY2(smallestArtistGap(library, playlist) >= 5,
                 qPrintable(QString::number(smallestArtistGap(library, playlist))));
    }

    void artistGapIsRelaxedOnlyWhenTheLibraryRunsShort()
    {
        PlaylistFixture library;
        const auto seed = fillCluster(library, 2, 15);
        GenerationRequest r = request({seed}, 12);
        r.artistGap = 5;
        const GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 12);
        QCOMPARE(playlist.relaxations.size(), 1);
        QVERIFY(playlist.relaxations[0].contains(QLatin1String("artist gap relaxed from 5 to 2")));
        QCOMPARE(smallestArtistGap(library, playlist), 2);
    }

    void artistGapFollowsTheArtistsOfTheSongsThatFit()
    {
        // A style of three artists among many others: a gap of five would let three songs that fit into every
        // five places and fill the other two with songs that do not. The gap comes down to three, and the
        // playlist says so.
        PlaylistFixture library;
        const auto seed = fillCluster(library, 3, 5, 0.1);
        addOtherStyles(library);
        GenerationRequest r = request({seed}, 12);
        r.artistGap = 5;
        const GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 12);
        int ofTheStyle = 0;
        for (const auto& [artist, count] : tracksPerArtist(library, playlist))
            ofTheStyle += artist.startsWith(QLatin1String("Artist ")) ? count : 0;
        QCOMPARE(ofTheStyle, 12);
        QCOMPARE(playlist.fitting, 12);
        QCOMPARE(playlist.relaxations.size(), 1);
        QVERIFY2(playlist.relaxations[0].contains(QLatin1String("artist gap lowered from 5 to 3")),
                 qPrintable(playlist.relaxations[0]));
        QCOMPARE(smallestArtistGap(library, playlist), 3);

        // Three songs apiece by three artists near a seed of its own: a gap of five has room for 8 of their 9
        // (A B C x x A B C x x A B), a gap of four for all of them, and Smooth flow, which plays them
        // together, can keep no more than three.
        PlaylistFixture nine;
        const auto own = nine.add({QStringLiteral("Seed artist")}, nine.near(0, 0.1));
        fillCluster(nine, 3, 3, 0.1);
        addOtherStyles(nine);
        r.seeds = {own};
        r.order = PlaylistOrder::Smooth;
        const GeneratedPlaylist three = nine.make(r);
        QCOMPARE(three.fitting, 9);
        QVERIFY2(three.relaxations.value(0).contains(QLatin1String("artist gap lowered from 5 to 3")),
                 qPrintable(three.relaxations.join(QStringLiteral("; "))));
        QCOMPARE(smallestArtistGap(nine, three), 3);

        // Two songs apiece by three artists: a gap of five has room for all six among the 12 places, so a
        // playlist by similarity keeps it; Smooth flow plays the six one after another and lowers it to
        // three.
        PlaylistFixture six;
        const auto sixSeed = six.add({QStringLiteral("Seed artist")}, six.near(0, 0.1));
        fillCluster(six, 3, 2, 0.1);
        addOtherStyles(six);
        r.seeds = {sixSeed};
        r.order = PlaylistOrder::Similar;
        const GeneratedPlaylist ranked = six.make(r);
        QCOMPARE(ranked.fitting, 6);
        QVERIFY2(ranked.relaxations.isEmpty(), qPrintable(ranked.relaxations.join(QStringLiteral("; "))));
        QVERIFY(smallestArtistGap(six, ranked) >= 5);
        r.order = PlaylistOrder::Smooth;
        const GeneratedPlaylist flowing = six.make(r);
        QVERIFY2(flowing.relaxations.value(0).contains(QLatin1String("artist gap lowered from 5 to 3")),
                 qPrintable(flowing.relaxations.join(QStringLiteral("; "))));
        QCOMPARE(smallestArtistGap(six, flowing), 3);

        // Three songs that fit leave nothing to make room for: the gap stays as asked.
        PlaylistFixture few;
        const auto lone = fillCluster(few, 4, 1, 0.1);
        addOtherStyles(few);
        r.seeds = {lone};
        const GeneratedPlaylist kept = few.make(r);
        QCOMPARE(int(kept.entries.size()), 12);
        QVERIFY2(kept.relaxations.isEmpty(), qPrintable(kept.relaxations.join(QStringLiteral("; "))));
        QVERIFY(smallestArtistGap(few, kept) >= 5);

        // Three songs that fit by one artist and one by another, played together in Smooth flow: no gap holds
        // among them, and the playlist says so once, from the gap asked, not as "lowered to 2" and then
        // "relaxed from 2" (as a new user met it).
        PlaylistFixture uneven;
        const auto unevenSeed = uneven.add({QStringLiteral("Seed artist")}, uneven.near(0, 0.1));
        for (int i = 0; i < 3; ++i)
            uneven.add({QStringLiteral("Artist A")}, uneven.near(0, 0.1));
        uneven.add({QStringLiteral("Artist B")}, uneven.near(0, 0.1));
        addOtherStyles(uneven);
        r.seeds = {unevenSeed};
        r.order = PlaylistOrder::Smooth;
        const GeneratedPlaylist once = uneven.make(r);
        QCOMPARE(once.fitting, 4);
        QCOMPARE(once.relaxations.size(), 1);
        QVERIFY2(
            once.relaxations[0].startsWith(QLatin1String("artist gap lowered from 5 to none: the songs that "
                                                         "fit these seeds well come from few artists")),
            qPrintable(once.relaxations.join(QStringLiteral("; "))));
    }

    // One artist holds most of the songs that fit: played together in Smooth flow they cannot keep the gap
    // the picks were chosen with, and the playlist says the gap it really has.
    void smoothFlowSaysTheGapItKeeps()
    {
        PlaylistFixture library;
        const auto seed = library.add({QStringLiteral("Seed artist")}, library.near(0, 0.1));
        // Four songs by one artist and two by two others fit: chosen with a gap of three, songs that do not
        // fit stand between the busy artist's; played together, they cannot (B x B y B B).
        for (int t = 0; t < 4; ++t)
            library.add({QStringLiteral("Busy artist")}, library.near(0, 0.1));
        fillCluster(library, 2, 1, 0.1);
        addOtherStyles(library);
        GenerationRequest r = request({seed}, 12);
        r.artistGap = 3;
        r.order = PlaylistOrder::Smooth;
        const GeneratedPlaylist playlist = library.make(r);
        const int kept = smallestArtistGap(library, playlist);
        QCOMPARE(playlist.fitting, 6);
        QVERIFY2(kept < 3, "the fixture no longer crowds one artist");
        QVERIFY2(
            playlist.relaxations.join(QStringLiteral("; "))
                .contains(kept > 1 ? QStringLiteral(" to %1: ").arg(kept) : QStringLiteral(" to none: ")),
            qPrintable(QStringLiteral("gap %1 kept; %2").arg(kept).arg(playlist.relaxations.join("; "))));
        // By similarity, which keeps the order the picks were chosen in, the gap holds as said.
        r.order = PlaylistOrder::Similar;
        const GeneratedPlaylist ranked = library.make(r);
        const QString said = ranked.relaxations.join(QStringLiteral("; "));
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QVERIFY(smallestArtistGap(library, ranked) >= 3);
    }

    void unknownArtistsAreNoOneArtist()
    {
        PlaylistFixture library;
        std::int64_t seed = 0;
        for (int t = 0; t < 20; ++t) {
            // Ours, none, and the placeholders other taggers write.
            const QStringList placeholders{unknownArtist(), QString(), QStringLiteral("Unknown"),
                                           QStringLiteral("[unknown]")};
            const QString artist = placeholders[t % 4];
            const auto id = library.add({artist, QStringLiteral("Track 01")}, library.near(0, 0.3));
            seed = seed ? seed : id;
        }
        GenerationRequest r = request({seed}, 12);
        r.artistGap = 5;
        r.maxPerArtist = 2;
        const GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 12); // one title in every untagged file is no one song either
        QVERIFY2(playlist.relaxations.isEmpty(), qPrintable(playlist.relaxations.join(QStringLiteral("; "))));
    }

    void perArtistCap()
    {
        PlaylistFixture library;
        const auto seed = fillCluster(library, 10, 6);
        GenerationRequest r = request({seed}, 20);
        r.maxPerArtist = 2;
        r.artistGap = 0;
        GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 20);
        QVERIFY(playlist.relaxations.isEmpty());
        for (const auto& [artist, count] : tracksPerArtist(library, playlist))
            QVERIFY2(count <= 2, qPrintable(artist));

        // Ten artists cannot fill 30 places two at a time: the cap gives way, and says so.
        r.count = 30;
        playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 30);
        QCOMPARE(playlist.relaxations.size(), 1);
        QVERIFY(playlist.relaxations[0].contains(QLatin1String("per artist raised from 2 to 3")));
        for (const auto& [artist, count] : tracksPerArtist(library, playlist))
            QVERIFY(count <= 3);
    }

    void filters()
    {
        PlaylistFixture library;
        const auto seed =
            library.add({QStringLiteral("Seed"), {}, {QStringLiteral("rock")}, 1985}, library.near(0, 0.1));
        const QStringList genres[] = {{QStringLiteral("Rock")},
                                      {QStringLiteral("Indie Rock")},
                                      {QStringLiteral("Jazz")},
                                      {QStringLiteral("Rocksteady")},
                                      {QStringLiteral("Swing"), QStringLiteral("Rock")}};
        for (int i = 0; i < 100; ++i)
            library.add(
                {QStringLiteral("Artist %1").arg(i % 25), {}, genres[i % 5], i % 7 ? 1970 + i % 40 : 0},
                library.near(0, 0.4));

        GenerationRequest r = request({seed}, 15);
        r.filter.genres = {QStringLiteral("rock")};
        r.filter.excludedGenres = {QStringLiteral("jazz")}; // the family: Swing is Jazz
        GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 15);
        for (const SuggestedTrack& e : playlist.entries) {
            const QStringList& g = library.entry(e.trackId).meta.genres;
            QVERIFY(g.contains(QStringLiteral("Rock")) || g.contains(QStringLiteral("Indie Rock")));
            QVERIFY(!g.contains(QStringLiteral("Swing")) && !g.contains(QStringLiteral("Rocksteady")));
        }
        // A family takes in its genres, whatever their words: "Jazz" is Swing's family.
        r.filter = {};
        r.filter.genres = {QStringLiteral("JAZZ")};
        playlist = library.make(r);
        int swing = 0;
        for (const SuggestedTrack& e : playlist.entries) {
            const QStringList& g = library.entry(e.trackId).meta.genres;
            QVERIFY(g.contains(QStringLiteral("Jazz")) || g.contains(QStringLiteral("Swing")));
            swing += g.contains(QStringLiteral("Swing"));
        }
        QVERIFY(swing > 0);

        r = request({seed}, 10);
        r.filter.yearFrom = 1980;
        r.filter.yearTo = 1989;
        playlist = library.make(r);
        QVERIFY(!playlist.entries.empty());
        for (const SuggestedTrack& e : playlist.entries) {
            const int year = library.entry(e.trackId).meta.year;
            QVERIFY2(year >= 1980 && year <= 1989, qPrintable(QString::number(year)));
        }

        // Nothing passes: an empty list that says why, not an error.
        r.filter = {};
        r.filter.genres = {QStringLiteral("polka")};
        playlist = library.make(r);
        QVERIFY(playlist.entries.empty());
        QCOMPARE(playlist.notes.size(), 1);
        QCOMPARE(playlist.notes[0], QStringLiteral("No song in the library fits the request"));
    }

    void unavailableTracksAreNeverSuggested()
    {
        PlaylistFixture library;
        const auto seed = library.add({QStringLiteral("Seed")}, library.near(0, 0.1));
        std::set<std::int64_t> missing;
        for (int i = 0; i < 40; ++i) {
            const auto id = library.add({QStringLiteral("A%1").arg(i), {}, {}, 2000, 200000, i % 2 == 0},
                                        library.near(0, 0.3));
            if (i % 2)
                missing.insert(id);
        }
        const GeneratedPlaylist playlist = library.make(request({seed}, 20));
        QCOMPARE(int(playlist.entries.size()), 20);
        for (const SuggestedTrack& e : playlist.entries)
            QVERIFY(!missing.count(e.trackId));
    }

    void timeBudget()
    {
        PlaylistFixture library;
        const auto seed = library.add({QStringLiteral("Seed")}, library.near(0, 0.1));
        for (int i = 0; i < 60; ++i)
            library.add({QStringLiteral("A%1").arg(i), {}, {}, 2000, 120000 + (i * 37 % 10) * 24000},
                        library.near(0, 0.3));
        GenerationRequest r = request({seed}, 0);
        r.minutes = 30;
        GeneratedPlaylist playlist = library.make(r);
        QVERIFY(playlist.durationMs <= 30 * 60000);
        QVERIFY2(playlist.durationMs >= 30 * 60000 - 120000,
                 qPrintable(QString::number(playlist.durationMs)));
        std::int64_t total = 0;
        for (const SuggestedTrack& e : playlist.entries)
            total += library.entry(e.trackId).meta.durationMs;
        QCOMPARE(total, playlist.durationMs);

        // The count still caps a generous budget.
        r.count = 5;
        r.minutes = 300;
        QCOMPARE(int(library.make(r).entries.size()), 5);
    }

    // Libraries and seeds that leave little to choose from give a playlist and say why it is short, in every
    // order: five tracks with thirty asked, a library of one style, every seed by one artist.
    void awkwardRequestsGiveAPlaylistAndSayWhy()
    {
        for (const PlaylistOrder order : {PlaylistOrder::Similar, PlaylistOrder::Smooth}) {
            PlaylistFixture five;
            const auto seed = fillCluster(five, 5, 1, 0.3);
            GenerationRequest r = request({seed}, 30);
            r.order = order;
            const GeneratedPlaylist small = five.make(r);
            QCOMPARE(int(small.entries.size()), 4);
            QVERIFY2(small.notes.value(0).startsWith(QLatin1String("Only 4 of 30 songs")),
                     qPrintable(small.notes.join(QStringLiteral("; "))));

            PlaylistFixture oneStyle;
            const auto first = fillCluster(oneStyle, 12, 5, 0.2);
            r = request({first, first + 1, first + 2}, 30);
            r.order = order;
            const GeneratedPlaylist alike = oneStyle.make(r);
            QCOMPARE(int(alike.entries.size()), 30);
            // The gap the playlist says it keeps is the one it keeps.
            const int kept = smallestArtistGap(oneStyle, alike);
            const QString said = alike.relaxations.join(QStringLiteral("; "));
            QVERIFY2(kept >= r.artistGap || said.contains(QStringLiteral(" to %1: ").arg(kept)),
                     qPrintable(QStringLiteral("gap %1; %2").arg(kept).arg(said)));

            PlaylistFixture mixed;
            const auto own = fillCluster(mixed, 1, 6, 0.1); // the seeds' artist: six songs
            fillCluster(mixed, 6, 2, 0.1);
            addOtherStyles(mixed);
            r = request({own, own + 1, own + 2}, 12);
            r.order = order;
            const GeneratedPlaylist byOne = mixed.make(r);
            QCOMPARE(int(byOne.entries.size()), 12);
            for (const SuggestedTrack& e : byOne.entries)
                QVERIFY(e.trackId != own && e.trackId != own + 1 && e.trackId != own + 2);
        }
    }

    void requestsThatCannotBeServedAreRefused()
    {
        PlaylistFixture library;
        const auto seed = fillCluster(library, 3, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.make(request({}, 10)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.make(request({9999}, 10)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.make(request({seed}, 0)));
        GenerationRequest path = request({seed}, 10);
        path.order = PlaylistOrder::Path;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.make(path));
        const auto blank =
            library.add({QStringLiteral("Nobody")}, std::vector<float>(PlaylistFixture::kDimension, 0.0f));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.make(request({blank}, 10)));

        // A library of one analysed song: nothing else to suggest, said as that.
        PlaylistFixture single;
        const auto only = single.add({QStringLiteral("Alone")}, single.near(0, 0.1));
        try {
            static_cast<void>(single.make(request({only, only}, 10)));
            QFAIL("a library of one song made a playlist");
        } catch (const std::invalid_argument& refused) {
            QVERIFY2(QString::fromUtf8(refused.what())
                         .startsWith(QStringLiteral("there is no other analysed song")),
                     refused.what());
        }
    }

    void approximateIndexKeepsTheRules()
    {
        PlaylistFixture library;
        IndexPolicy policy;
        policy.exactLimit = 500;
        library.setIndexPolicy(policy);
        std::vector<std::int64_t> seeds;
        for (int i = 0; i < 3000; ++i) {
            const auto id = library.add({QStringLiteral("Artist %1").arg(i % 300)}, library.near(i % 8, 0.8));
            if (i % 600 == 0)
                seeds.push_back(id);
        }
        GenerationRequest r = request(seeds, 50);
        const GeneratedPlaylist playlist = library.make(r);
        QCOMPARE(int(playlist.entries.size()), 50);
        QVERIFY(playlist.relaxations.isEmpty());
        QVERIFY(smallestArtistGap(library, playlist) >= 5);
        for (const SuggestedTrack& e : playlist.entries)
            QVERIFY(std::find(seeds.begin(), seeds.end(), e.trackId) == seeds.end());
    }
};

QTEST_GUILESS_MAIN(TestPlaylistRules)
#include "tst_playlistrules.moc"
