#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/PlaylistEntries.h"
#include "ui/PlaybackMenu.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// The Playback menu's Stop After This Song: greyed with no song, checked as the player holds it, and said in
// the status bar, since a key press shows nothing else. Cued songs are enough: no sound is needed to toggle.
class TestPlaybackMenu : public QObject
{
    Q_OBJECT

private slots:
    void stopAfterThisSongFollowsThePlayer()
    {
        Playlist playlist;
        playlist.setEntries({entryFor(QStringLiteral("/music/a.mp3"), QStringLiteral("First"), 3000),
                             entryFor(QStringLiteral("/music/b.mp3"), QStringLiteral("Second"), 3000)});
        Player player(playlist);
        QMenu menu;
        PlaybackMenu playback(
            player, [] { return std::vector<PlaylistEntry>(); }, &menu);
        QSignalSpy messages(&playback, &PlaybackMenu::message);
        QAction* stopAfter = playback.stopAfterCurrentAction();
        QVERIFY(menu.actions().contains(stopAfter));
        QCOMPARE(stopAfter->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
        QVERIFY(!stopAfter->isEnabled()); // no song to stop after

        player.cue(0, 0);
        QVERIFY(stopAfter->isEnabled());
        stopAfter->trigger();
        QVERIFY(player.stopsAfterCurrent());
        QVERIFY(stopAfter->isChecked());
        QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Playback stops after “First”."));
        stopAfter->trigger();
        QVERIFY(!player.stopsAfterCurrent());
        QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Playback goes on after “First”."));

        // It holds for the song it was asked on: another song taking its place drops it.
        stopAfter->trigger();
        QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Playback stops after “First”."));
        player.cue(1, 0);
        QVERIFY(!player.stopsAfterCurrent());
        QVERIFY(!stopAfter->isChecked());
        QVERIFY(messages.isEmpty());
    }
};

QTEST_MAIN(TestPlaybackMenu)
#include "tst_playbackmenu.moc"
