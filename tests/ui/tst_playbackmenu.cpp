#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/PlaylistEntries.h"
#include "ui/PlaybackMenu.h"
#include "ui/SleepTimerMenu.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// The Playback menu's Stop After This Song (greyed with no song, checked as the player holds it, and said in
// the status bar, since a key press shows nothing else) and its Sleep Timer. Cued songs are enough: no sound
// is needed to toggle.
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

    // The Sleep Timer submenu: a choice sets the timer and says when it pauses, in the status bar and in the
    // submenu's own title; Off takes it back. (tst_sleeptimer hears the fade and the pause.)
    void theSleepTimerSaysWhenItPauses()
    {
        Playlist playlist;
        Player player(playlist);
        QMenu menu;
        PlaybackMenu playback(
            player, [] { return std::vector<PlaylistEntry>(); }, &menu);
        QSignalSpy messages(&playback, &PlaybackMenu::message);
        auto* sleep = menu.findChild<QMenu*>(QStringLiteral("sleepTimer"));
        QVERIFY(sleep);
        QCOMPARE(sleep->title(), QStringLiteral("Sleep T&imer"));
        const auto choice = [sleep](const QString& text) -> QAction* {
            for (QAction* action : sleep->actions())
                if (action->text() == text)
                    return action;
            return nullptr;
        };
        QVERIFY(choice(QStringLiteral("&Off"))->isChecked());

        const QDateTime before = QDateTime::currentDateTime();
        choice(QStringLiteral("In &30 Minutes"))->trigger();
        auto* timer = menu.findChild<SleepTimerMenu*>();
        QVERIFY(timer && timer->timer().isActive());
        const QDateTime pausesAt = timer->timer().pausesAt();
        QVERIFY(pausesAt >= before.addSecs(30 * 60) &&
                pausesAt <= QDateTime::currentDateTime().addSecs(30 * 60));
        const QString at = QLocale().toString(pausesAt.time(), QLocale::ShortFormat);
        QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Playback pauses at %1.").arg(at));
        QCOMPARE(sleep->title(), QStringLiteral("Sleep T&imer (pauses at %1)").arg(at));
        QVERIFY(choice(QStringLiteral("In &30 Minutes"))->isChecked());

        choice(QStringLiteral("&Off"))->trigger();
        QVERIFY(!timer->timer().isActive());
        QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Sleep timer off."));
        QCOMPARE(sleep->title(), QStringLiteral("Sleep T&imer"));
    }
};

QTEST_MAIN(TestPlaybackMenu)
#include "tst_playbackmenu.moc"
