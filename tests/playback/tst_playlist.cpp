#include "core/playback/Playlist.h"
#include "tests/support/PlaylistEntries.h"

#include <QSignalSpy>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

std::vector<PlaylistEntry> entries(const QStringList& titles)
{
    std::vector<PlaylistEntry> list;
    for (const QString& title : titles) {
        PlaylistEntry e;
        e.track.title = title;
        e.track.id = list.size() + 1;
        list.push_back(e);
    }
    return list;
}

QStringList titles(const Playlist& playlist)
{
    return titlesOf(playlist.entries());
}

} // namespace

class TestPlaylist : public QObject
{
    Q_OBJECT

private slots:
    void movesRowsUpAndDownAndFollowsTheCurrentEntry()
    {
        Playlist p;
        p.setEntries(entries({"a", "b", "c", "d", "e"}), 1);
        QVERIFY(p.move(3, 2, 0)); // d, e to the top
        QCOMPARE(titles(p), QStringList({"d", "e", "a", "b", "c"}));
        QCOMPARE(p.current(), 3);
        QVERIFY(p.move(0, 1, 5)); // d to the end
        QCOMPARE(titles(p), QStringList({"e", "a", "b", "c", "d"}));
        QCOMPARE(p.current(), 2);
        QVERIFY(p.move(2, 1, 4)); // the current one itself
        QCOMPARE(titles(p), QStringList({"e", "a", "c", "b", "d"}));
        QCOMPARE(p.current(), 3);
        QVERIFY(!p.move(1, 2, 2)); // onto itself
        QVERIFY(!p.move(4, 2, 0)); // past the end
    }

    void removingTheCurrentEntryResumesWithTheOneAfterIt()
    {
        Playlist p;
        p.setEntries(entries({"a", "b", "c", "d"}), 1);
        QSignalSpy current(&p, &Playlist::currentChanged);
        p.remove(1, 2);
        QCOMPARE(titles(p), QStringList({"a", "d"}));
        QCOMPARE(p.current(), -1);
        QCOMPARE(current.count(), 1);
        QCOMPARE(p.nextRow(), 1);
        QCOMPARE(p.previousRow(), 0);
        p.remove(0, 1);
        QCOMPARE(p.nextRow(), 0);
    }

    void insertingAboveShiftsTheCurrentEntry()
    {
        Playlist p;
        p.setEntries(entries({"a", "b"}), 1);
        p.insert(0, entries({"x", "y"}));
        QCOMPARE(titles(p), QStringList({"x", "y", "a", "b"}));
        QCOMPARE(p.current(), 3);
        p.insert(99, entries({"z"}));
        QCOMPARE(titles(p).last(), QStringLiteral("z"));
        QCOMPARE(p.nextRow(), 4);
    }

    // Up next joins the playlist after the song playing: a new song is inserted there, a listed one moves
    // there from above or below, and the song playing or the one already next stays where it is.
    void aSongBroughtUpNextTakesTheRowAfterTheCurrentOne()
    {
        Playlist p;
        std::vector<PlaylistEntry> list = entries({"a", "b", "c", "d", "e"});
        p.setEntries(list, 2);
        PlaylistEntry x = entries({"x"}).front();
        x.track.id = 99;
        QCOMPARE(p.bringUpNext(x), 3); // a new song
        QCOMPARE(titles(p), QStringList({"a", "b", "c", "x", "d", "e"}));
        QCOMPARE(p.bringUpNext(list[4]), 3); // e, from below
        QCOMPARE(titles(p), QStringList({"a", "b", "c", "e", "x", "d"}));
        QCOMPARE(p.bringUpNext(list[0]), 2); // a, from above: the current row moves up with it
        QCOMPARE(titles(p), QStringList({"b", "c", "a", "e", "x", "d"}));
        QCOMPARE(p.current(), 1);
        QCOMPARE(p.bringUpNext(list[2]), 1); // the song playing
        QCOMPARE(p.bringUpNext(list[0]), 2); // the one already next
        QCOMPARE(titles(p), QStringList({"b", "c", "a", "e", "x", "d"}));
    }

    // The library scanned again: a renamed file's row takes its new path and tags, a song gone from the
    // library is marked unavailable, a file opened from outside is left alone; rows and the current row
    // stay, and nothing is said when nothing changed.
    void refreshedTracksFollowTheLibrary()
    {
        Playlist p;
        std::vector<PlaylistEntry> list = entries({"a", "b", "c"});
        list[2].track.id = 0;
        list[2].track.path = "/outside/c.mp3";
        p.setEntries(list, 1);
        QSignalSpy changed(&p, &Playlist::tracksChanged);
        QSignalSpy reset(&p, &Playlist::reset);

        Track renamed = p.at(0).track;
        renamed.path = "/music/a (renamed).mp3";
        renamed.title = QStringLiteral("a, retagged");
        const Track unchanged = p.at(1).track;
        const auto library = [&](const Track& kept) -> const Track* {
            return kept.id == 1 ? &renamed : kept.id == 2 ? &unchanged : nullptr;
        };
        p.refreshTracks(library);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(p.at(0).track.path, FilePath("/music/a (renamed).mp3"));
        QCOMPARE(titles(p), (QStringList{"a, retagged", "b", "c"}));
        QCOMPARE(p.current(), 1);
        QVERIFY(p.at(2).track.available);
        p.refreshTracks(library);
        QCOMPARE(changed.count(), 1);

        p.refreshTracks([&](const Track& kept) -> const Track* { return kept.id == 1 ? &renamed : nullptr; });
        QCOMPARE(changed.count(), 2);
        QVERIFY(!p.at(1).track.available);
        QVERIFY(p.at(0).track.available);
        QVERIFY(p.at(2).track.available);

        // Put back where it was, the file is a new row of the library: the entry takes it, available again.
        Track back = unchanged;
        back.id = 42;
        p.refreshTracks([&](const Track& kept) -> const Track* {
            return kept.id == 1 ? &renamed : kept.path == back.path ? &back : nullptr;
        });
        QCOMPARE(changed.count(), 3);
        QVERIFY(p.at(1).track.available);
        QCOMPARE(p.at(1).track.id, std::int64_t(42));
    }

    void announcesEveryChangeBeforeAndAfter()
    {
        Playlist p;
        QSignalSpy aboutToMove(&p, &Playlist::aboutToMove);
        QSignalSpy moved(&p, &Playlist::moved);
        QSignalSpy aboutToRemove(&p, &Playlist::aboutToRemove);
        p.setEntries(entries({"a", "b", "c"}));
        p.move(0, 1, 3);
        QCOMPARE(aboutToMove.count(), 1);
        QCOMPARE(aboutToMove.at(0), QVariantList({0, 0, 3}));
        QCOMPARE(moved.count(), 1);
        p.remove(0, 2);
        QCOMPARE(aboutToRemove.at(0), QVariantList({0, 1}));
        QCOMPARE(p.nextRow(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlaylist)
#include "tst_playlist.moc"
