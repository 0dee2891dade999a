#include "core/playback/PlayOrder.h"
#include "core/playback/Playlist.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace soundalike;

namespace {

std::vector<PlaylistEntry> entries(int count)
{
    std::vector<PlaylistEntry> list;
    for (int i = 0; i < count; ++i) {
        PlaylistEntry e;
        e.track.id = i + 1;
        e.track.path = "/music/" + std::to_string(i) + ".mp3";
        list.push_back(e);
    }
    return list;
}

// Plays from `first` on as the player does: each pick becomes the current row.
std::vector<int> playThrough(PlayOrder& order, Playlist& playlist, int first, int steps, bool ended = true)
{
    std::vector<int> rows{first};
    playlist.setCurrent(first);
    order.playing(playlist, first);
    for (int i = 0; i < steps; ++i) {
        const int row = order.next(playlist, ended);
        rows.push_back(row);
        if (row < 0)
            break;
        playlist.setCurrent(row);
        order.playing(playlist, row);
    }
    return rows;
}

} // namespace

// What plays next: in order or shuffled, once, round and round, or one song over and over.
class TestPlayOrder : public QObject
{
    Q_OBJECT

private slots:
    void inOrderStopsAtTheEndUnlessRepeating()
    {
        Playlist playlist;
        playlist.setEntries(entries(3));
        PlayOrder order(1);
        QCOMPARE(playThrough(order, playlist, 0, 3), (std::vector<int>{0, 1, 2, -1}));
        order.setRepeat(PlayOrder::Repeat::All);
        QCOMPARE(playThrough(order, playlist, 1, 3), (std::vector<int>{1, 2, 0, 1}));
    }

    void repeatOnePlaysTheSongAgainButNextMovesOn()
    {
        Playlist playlist;
        playlist.setEntries(entries(3));
        PlayOrder order(1);
        order.setRepeat(PlayOrder::Repeat::One);
        QCOMPARE(playThrough(order, playlist, 1, 2, true), (std::vector<int>{1, 1, 1}));
        QCOMPARE(order.next(playlist, false), 2); // a press of Next
    }

    void aShuffledRoundPlaysEverySongOnceInAnotherOrder()
    {
        Playlist playlist;
        playlist.setEntries(entries(20));
        PlayOrder order(7);
        order.setShuffle(true, playlist);
        const std::vector<int> rows = playThrough(order, playlist, 0, 20);
        QCOMPARE(rows.back(), -1); // the round is over: no repeat
        const std::set<int> distinct(rows.begin(), rows.end() - 1);
        QCOMPARE(int(distinct.size()), 20);
        QVERIFY(!std::is_sorted(rows.begin(), rows.end() - 1));
    }

    // hasNext() says what next() would do: nothing left of a shuffled round without repeat is no next, the
    // way forward after Previous is one, and repeat always has one.
    void hasNextAgreesWithNext()
    {
        Playlist playlist;
        playlist.setEntries(entries(3));
        PlayOrder order(9);
        order.setShuffle(true, playlist);
        const std::vector<int> rows = playThrough(order, playlist, 0, 2);
        QVERIFY(!order.hasNext(playlist));
        QCOMPARE(order.next(playlist, false), -1);
        const int back = order.previous(playlist);
        playlist.setCurrent(back);
        order.playing(playlist, back);
        QVERIFY(order.hasNext(playlist));
        QCOMPARE(order.next(playlist, false), rows[2]);
        order.setRepeat(PlayOrder::Repeat::All);
        QVERIFY(order.hasNext(playlist));
        order.setShuffle(false, playlist);
        order.setRepeat(PlayOrder::Repeat::Off);
        playlist.setCurrent(2);
        QVERIFY(!order.hasNext(playlist));
        playlist.setCurrent(1);
        QVERIFY(order.hasNext(playlist));
    }

    // Shuffle turned on while a song plays: that song has had its turn in the round.
    void theSongPlayingWhenShuffleStartsHasHadItsTurn()
    {
        Playlist playlist;
        playlist.setEntries(entries(6));
        PlayOrder order(3);
        (void)playThrough(order, playlist, 0, 2); // rows 0, 1, 2 in order; 2 plays on
        order.setShuffle(true, playlist);
        std::vector<int> rows;
        for (int i = 0; i < 6; ++i) {
            const int row = order.next(playlist, true);
            rows.push_back(row);
            if (row < 0)
                break;
            playlist.setCurrent(row);
            order.playing(playlist, row);
        }
        QCOMPARE(int(rows.size()), 6);
        QCOMPARE(rows.back(), -1);
        QCOMPARE(std::set<int>(rows.begin(), rows.end() - 1), (std::set<int>{0, 1, 3, 4, 5}));
    }

    void shuffleWithRepeatStartsANewRound()
    {
        Playlist playlist;
        playlist.setEntries(entries(5));
        PlayOrder order(3);
        order.setShuffle(true, playlist);
        order.setRepeat(PlayOrder::Repeat::All);
        const std::vector<int> rows = playThrough(order, playlist, 0, 14);
        QVERIFY(std::none_of(rows.begin(), rows.end(), [](int row) { return row < 0; }));
        for (std::size_t i = 1; i < rows.size(); ++i)
            QVERIFY2(rows[i] != rows[i - 1], "the same song twice in a row");
        // Every round of five holds each song once.
        const std::set<int> first(rows.begin(), rows.begin() + 5);
        QCOMPARE(int(first.size()), 5);
    }

    void previousInShuffleGoesBackThroughWhatPlayed()
    {
        Playlist playlist;
        playlist.setEntries(entries(10));
        PlayOrder order(11);
        order.setShuffle(true, playlist);
        const std::vector<int> rows = playThrough(order, playlist, 0, 3);
        QCOMPARE(order.previous(playlist), rows[2]);
        playlist.setCurrent(rows[2]);
        order.playing(playlist, rows[2]);
        QCOMPARE(order.previous(playlist), rows[1]);
    }

    // Back twice, then Next twice: the same songs again, as Rhythmbox and Strawberry do; a song picked by
    // hand after Back starts a new way forward.
    void nextAfterPreviousInShuffleRetracesTheWay()
    {
        Playlist playlist;
        playlist.setEntries(entries(20));
        PlayOrder order(5);
        order.setShuffle(true, playlist);
        const std::vector<int> rows = playThrough(order, playlist, 0, 4);
        const auto go = [&](int row) {
            playlist.setCurrent(row);
            order.playing(playlist, row);
            return row;
        };
        QCOMPARE(go(order.previous(playlist)), rows[3]);
        QCOMPARE(go(order.previous(playlist)), rows[2]);
        QVERIFY(order.hasPrevious(playlist));
        QCOMPARE(go(order.next(playlist, false)), rows[3]);
        QCOMPARE(go(order.next(playlist, true)), rows[4]);
        const int fresh = go(order.next(playlist, true));
        QVERIFY(std::find(rows.begin(), rows.end(), fresh) == rows.end()); // past the way: the round goes on

        QCOMPARE(go(order.previous(playlist)), rows[4]);
        int picked = 0; // clicked in the list: a song neither on the way nor the one after it
        while (picked == fresh || std::find(rows.begin(), rows.end(), picked) != rows.end())
            ++picked;
        go(picked);
        QCOMPARE(go(order.previous(playlist)), rows[4]);
        QCOMPARE(order.next(playlist, false), picked);
    }
    // Songs renamed on disk and scanned again while the round goes on: they stay played, and "previous"
    // still finds them.
    void renamedSongsKeepTheirPlaceInTheRound()
    {
        Playlist playlist;
        playlist.setEntries(entries(6));
        PlayOrder order(7);
        order.setShuffle(true, playlist);
        const std::vector<int> rows = playThrough(order, playlist, 0, 2);
        std::vector<Track> renamed;
        for (const PlaylistEntry& entry : playlist.entries()) {
            renamed.push_back(entry.track);
            renamed.back().path = "/music/renamed/" + std::to_string(entry.track.id) + ".mp3";
        }
        playlist.refreshTracks([&](const Track& kept) { return &renamed[std::size_t(kept.id - 1)]; });
        QVERIFY(order.hasPrevious(playlist));
        std::set<int> rest;
        for (int i = 0; i < 3; ++i) {
            const int row = order.next(playlist, true);
            QVERIFY(row >= 0);
            QVERIFY2(std::find(rows.begin(), rows.end(), row) == rows.end(),
                     "a song played twice in a round");
            rest.insert(row);
            playlist.setCurrent(row);
            order.playing(playlist, row);
        }
        QCOMPARE(int(rest.size()), 3);
    }

    void anEditedPlaylistKeepsTheRound()
    {
        Playlist playlist;
        playlist.setEntries(entries(4));
        PlayOrder order(5);
        order.setShuffle(true, playlist);
        std::vector<int> rows = playThrough(order, playlist, 0, 1);
        // A song inserted at the top moves every row down; what played stays played.
        PlaylistEntry extra;
        extra.track.path = "/music/extra.mp3";
        playlist.insert(0, {extra});
        std::set<FilePath> played;
        for (const int row : rows)
            played.insert(entries(4)[std::size_t(row)].track.path);
        for (int i = 0; i < 3; ++i) {
            const int row = order.next(playlist, true);
            QVERIFY(row >= 0);
            QVERIFY(played.insert(playlist.at(row).track.path).second);
            playlist.setCurrent(row);
            order.playing(playlist, row);
        }
        QCOMPARE(order.next(playlist, true), -1);
    }
};

QTEST_GUILESS_MAIN(TestPlayOrder)
#include "tst_playorder.moc"
