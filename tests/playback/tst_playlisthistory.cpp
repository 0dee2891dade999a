#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

QStringList titles(const Playlist& playlist)
{
    return titlesOf(playlist.entries());
}

} // namespace

// Back and Forward between whole playlists, with the real Player playing real mp3 files: what played before
// a new list comes back with its current row, where it stood, and playing on if something was playing.
class TestPlaylistHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<PlaylistEntry> m_a;
    std::vector<PlaylistEntry> m_b;

    PlaylistEntry song(const QString& name, double seconds)
    {
        AudioSpec spec;
        spec.seconds = seconds;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        spec.frequency = 200 + 40 * (m_a.size() + m_b.size());
        const QString path = m_dir.filePath(name + QStringLiteral(".mp3"));
        if (!writeMp3(path, spec))
            return {};
        return entryFor(path, name, int(seconds * 1000));
    }

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        for (const char* name : {"A1", "A2", "A3"})
            m_a.push_back(song(QLatin1String(name), 60));
        for (const char* name : {"B1", "B2"})
            m_b.push_back(song(QLatin1String(name), 60));
        QVERIFY(!m_b.back().track.path.empty());
    }

    void backBringsThePreviousListWhereItStoodAndForwardReturns()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        QVERIFY(!history.canGoBack());
        history.open(m_a, {QStringLiteral("List A"), 0, {}}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 300, 8000);
        player.seek(20000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 20000, 8000);
        QVERIFY(!history.canGoBack()); // nothing was there before the first list

        QSignalSpy changed(&history, &PlaylistHistory::changed);
        history.open(m_b, {QStringLiteral("List B"), 7, {}}, 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(titles(playlist), (QStringList{"B1", "B2"}));
        QTRY_COMPARE_WITH_TIMEOUT(player.track()->title, QStringLiteral("B1"), 5000);
        QVERIFY(history.canGoBack());
        QCOMPARE(history.backTitle(), QStringLiteral("List A"));
        QCOMPARE(history.origin().savedId, std::int64_t(7));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);

        history.back();
        QCOMPARE(titles(playlist), (QStringList{"A1", "A2", "A3"}));
        QCOMPARE(playlist.current(), 1);
        QCOMPARE(history.origin().title, QStringLiteral("List A"));
        QCOMPARE(player.track()->title, QStringLiteral("A2"));
        // Playing on from where it stood, not from the start.
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() >= 20000, 8000);
        QVERIFY(history.canGoForward());
        QCOMPARE(history.forwardTitle(), QStringLiteral("List B"));
        QVERIFY(!history.canGoBack());

        history.forward();
        QCOMPARE(titles(playlist), (QStringList{"B1", "B2"}));
        QCOMPARE(playlist.current(), 0);
        QCOMPARE(history.origin().savedId, std::int64_t(7));
        QVERIFY(!history.canGoForward());
        QVERIFY(history.canGoBack());
    }

    // A list opened while a song plays that holds that song (an imported M3U, a saved playlist) has it as its
    // current row: the song plays on undisturbed and Next goes on after it there, not from the top.
    void aNewListThatHoldsThePlayingSongCarriesOnFromIt()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("List A"), 0, {}}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 300, 8000);
        QSignalSpy loaded(&player, &Player::trackChanged);
        history.open({m_b[0], m_a[1], m_b[1]}, {QStringLiteral("Imported"), 0, {}});
        QCOMPARE(playlist.current(), 1);
        QVERIFY(player.isPlaying());
        QVERIFY(loaded.isEmpty());
        player.next();
        QCOMPARE(player.track()->title, QStringLiteral("B2"));
        // A list without it has no current row: it starts at the top.
        history.open({m_a[0], m_a[2]}, {QStringLiteral("Other"), 0, {}});
        QCOMPARE(playlist.current(), -1);
        player.stop();
    }

    // A saved playlist played (Play, Enter) from the row that holds the song playing: the song plays on where
    // it is, not from its start; from another row, the song left is interrupted, not skipped.
    void playingAListFromTheSongPlayingCarriesOn()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("List A"), 0, {}}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 300, 8000);
        player.seek(15000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 15000, 8000);
        QSignalSpy listened(&player, &Player::listened);
        QSignalSpy loaded(&player, &Player::trackChanged);
        history.open({m_a[1], m_b[0]}, {QStringLiteral("Saved"), 3, {}}, 0);
        QVERIFY(loaded.isEmpty());
        QVERIFY(listened.isEmpty());
        QVERIFY(player.isPlaying());
        QVERIFY2(player.position() >= 15000, qPrintable(QString::number(player.position())));
        history.open({m_b[0], m_a[1]}, {QStringLiteral("Saved too"), 4, {}}, 0);
        QCOMPARE(listened.count(), 1);
        QCOMPARE(listened.at(0).at(0).value<Listen>().end, Listen::End::Interrupted);
        QTRY_COMPARE_WITH_TIMEOUT(player.track()->title, QStringLiteral("B1"), 5000);
        player.stop();
    }

    // A song renamed on disk while its list waited in the history, and one gone from the library: the list
    // comes back as the library has it now, and the renamed song plays from its new file where it stood.
    void aListComesBackAsTheLibraryHasItNow()
    {
        std::vector<PlaylistEntry> a = m_a;
        for (std::size_t i = 0; i < a.size(); ++i)
            a[i].track.id = std::int64_t(101 + i);
        const QString renamed = m_dir.filePath(QStringLiteral("A2 renamed.mp3"));
        QVERIFY(QFile::copy(QString::fromStdString(a[1].track.path), renamed));
        Track a2 = a[1].track;
        a2.path = toFilePath(renamed);
        a2.title = QStringLiteral("A2 (remaster)");

        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.setTrackLookup([&](const Track& kept) -> const Track* {
            const std::int64_t id = kept.id;
            return id == 101 ? &a[0].track : id == 102 ? &a2 : nullptr; // 103 left the library
        });
        history.open(a, {QStringLiteral("A"), 0, {}}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 300, 8000);
        player.seek(15000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 15000, 8000);
        history.open(m_b, {QStringLiteral("B"), 0, {}}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(player.track()->title, QStringLiteral("B1"), 5000);

        history.back();
        QCOMPARE(titles(playlist), (QStringList{"A1", "A2 (remaster)", "A3"}));
        QCOMPARE(playlist.at(1).track.path, toFilePath(renamed));
        QVERIFY(!playlist.at(2).track.available);
        QCOMPARE(player.track()->path, toFilePath(renamed));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() >= 15000, 8000);
    }

    // A list made without playing it (auto-play off) leaves the previous list's song playing; going back to
    // that list does not interrupt it.
    void aSongStillPlayingIsNotInterrupted()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("A"), 0, {}}, 0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 500, 8000);
        history.open(m_b, {QStringLiteral("B"), 0, {}}, -1);
        QCOMPARE(playlist.current(), -1);
        QCOMPARE(player.track()->title, QStringLiteral("A1"));
        QSignalSpy trackChanged(&player, &Player::trackChanged);
        QSignalSpy seeked(&player, &Player::seeked);
        const qint64 before = player.position();
        history.back();
        QCOMPARE(playlist.current(), 0);
        QCOMPARE(trackChanged.count(), 0);
        QCOMPARE(seeked.count(), 0);
        QTest::qWait(300);
        QVERIFY(player.isPlaying());
        QVERIFY(player.position() >= before);
    }

    // Generate and Regenerate with auto-play on: the song playing plays on undisturbed, and when it ends the
    // new list plays from its first song. With nothing playing, the new list starts at once.
    void aGeneratedListWaitsForTheSongPlaying()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        QVERIFY(history.openGenerated(m_a, {QStringLiteral("A"), 0, {}}, true));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 500, 8000);
        QSignalSpy trackChanged(&player, &Player::trackChanged);
        QVERIFY(!history.openGenerated(m_b, {QStringLiteral("B"), 0, {}}, true));
        QCOMPARE(titles(playlist), (QStringList{"B1", "B2"}));
        QCOMPARE(playlist.current(), -1);
        QTest::qWait(300);
        QCOMPARE(trackChanged.count(), 0);
        QVERIFY(player.isPlaying());
        QCOMPARE(player.track()->title, QStringLiteral("A1"));
        // The song's end leads into the new list.
        player.seek(59000);
        QTRY_COMPARE_WITH_TIMEOUT(player.track()->title, QStringLiteral("B1"), 10000);
        QCOMPARE(playlist.current(), 0);
        player.pause();
        QVERIFY(history.openGenerated(m_a, {QStringLiteral("A again"), 0, {}}, true));
        QCOMPARE(playlist.current(), 0);
        QCOMPARE(player.track()->title, QStringLiteral("A1"));
        QVERIFY(!history.openGenerated(m_b, {QStringLiteral("B again"), 0, {}}, false));
    }

    // A list made while a song plays follows that song, so it leaves that song out.
    void aGeneratedListLeavesOutTheSongPlaying()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        QVERIFY(history.openGenerated(m_a, {QStringLiteral("A"), 0, {}}, true));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 8000);
        QCOMPARE(player.track()->title, QStringLiteral("A1"));
        std::vector<PlaylistEntry> mix{m_b[0], m_a[0], m_b[1]};
        QVERIFY(!history.openGenerated(mix, {QStringLiteral("Mix"), 0, {}}, true));
        QCOMPARE(titles(playlist), (QStringList{"B1", "B2"}));
        // A list of that song alone is kept whole rather than opened empty.
        QVERIFY(!history.openGenerated({m_a[0]}, {QStringLiteral("Alone"), 0, {}}, true));
        QCOMPARE(titles(playlist), (QStringList{"A1"}));
        player.pause();
        QTRY_VERIFY(!player.isPlaying());
        // Paused without auto-play, resuming the song leads into the new list: it is left out too.
        QVERIFY(!history.openGenerated(mix, {QStringLiteral("Mix"), 0, {}}, false));
        QCOMPARE(titles(playlist), (QStringList{"B1", "B2"}));
        // Paused with auto-play, the new list starts at once in place of the song: it is taken whole.
        QVERIFY(history.openGenerated(mix, {QStringLiteral("Mix"), 0, {}}, true));
        QCOMPARE(titles(playlist), (QStringList{"B1", "A1", "B2"}));
    }

    // A Regenerate that finds the same songs again leaves no page that Back would only repeat.
    void theSameSongsAgainAreNoNewPage()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("A"), 0, {}});
        history.open(m_b, {QStringLiteral("B"), 0, {}});
        history.open(m_b, {QStringLiteral("B again"), 0, {}});
        history.open(m_b, {QStringLiteral("B once more"), 0, {}});
        QCOMPARE(history.origin().title, QStringLiteral("B once more"));
        QVERIFY(history.canGoBack());
        history.back();
        QCOMPARE(titles(playlist), titlesOf(m_a));
        QVERIFY(!history.canGoBack());

        // Those songs imported (no Match, no recipe) over the generated list they were exported from: a page.
        std::vector<PlaylistEntry> generated = m_a;
        for (PlaylistEntry& entry : generated)
            entry.match = 0.8;
        history.open(generated, {QStringLiteral("Mix"), 0, QVariant(1)});
        history.open(m_a, {QStringLiteral("mix.m3u8"), 0, {}});
        QVERIFY(history.canGoBack());
        history.back();
        QCOMPARE(history.origin().title, QStringLiteral("Mix"));
        QCOMPARE(playlist.entries().front().match, 0.8);
    }

    // Paused, a list comes back paused where it stood.
    void pausedStaysPaused()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("A"), 0, {}}, 2);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 8000);
        player.seek(15000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 15000, 8000);
        history.open(m_b, {QStringLiteral("B"), 0, {}}, 0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.track()->title == QLatin1String("B1"), 8000);
        player.pause();
        QTRY_VERIFY(!player.isPlaying());
        history.back();
        QCOMPARE(player.track()->title, QStringLiteral("A3"));
        // Cued where it stood, not from the start, and not playing.
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 15000, 8000);
        QTest::qWait(300);
        QVERIFY(!player.isPlaying());
    }

    // Edits made to a list before the next one replaced it are part of it; a new list clears Forward.
    void editsAreKeptAndANewListClearsForward()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("A"), 0, {}});
        playlist.remove(0, 1);
        playlist.move(1, 1, 0);
        history.open(m_b, {QStringLiteral("B"), 0, {}});
        history.back();
        QCOMPARE(titles(playlist), (QStringList{"A3", "A2"}));
        QVERIFY(history.canGoForward());
        history.open({m_b.front()}, {QStringLiteral("C"), 0, {}});
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.backTitle(), QStringLiteral("A"));
    }

    // Clearing is opening an empty list: Back brings the cleared one back, Forward clears it again.
    void aClearedListComesBackAndForwardClearsItAgain()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        history.open(m_a, {QStringLiteral("A"), 0, {}});
        history.open({}, {QStringLiteral("Empty"), 0, {}});
        QVERIFY(playlist.isEmpty());
        QCOMPARE(history.backTitle(), QStringLiteral("A"));
        history.back();
        QCOMPARE(titles(playlist), (QStringList{"A1", "A2", "A3"}));
        QCOMPARE(history.forwardTitle(), QStringLiteral("Empty"));
        history.forward();
        QVERIFY(playlist.isEmpty());
        QCOMPARE(history.origin().title, QStringLiteral("Empty"));
        history.back();
        QCOMPARE(titles(playlist), (QStringList{"A1", "A2", "A3"}));
    }

    void theHistoryIsBounded()
    {
        Playlist playlist;
        Player player(playlist);
        PlaylistHistory history(playlist, player);
        for (int i = 0; i < PlaylistHistory::kDepth + 10; ++i)
            history.open({i % 2 ? m_a.front() : m_b.front()}, {QStringLiteral("List %1").arg(i), 0, {}});
        int steps = 0;
        while (history.canGoBack()) {
            history.back();
            ++steps;
        }
        QCOMPARE(steps, PlaylistHistory::kDepth);
        // The oldest ones went first.
        QCOMPARE(history.origin().title, QStringLiteral("List %1").arg(10 - 1));
        int forward = 0;
        while (history.canGoForward()) {
            history.forward();
            ++forward;
        }
        QCOMPARE(forward, PlaylistHistory::kDepth);
        QCOMPARE(history.origin().title, QStringLiteral("List %1").arg(PlaylistHistory::kDepth + 9));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistHistory)
#include "tst_playlisthistory.moc"
