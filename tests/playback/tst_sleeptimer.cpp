#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/SleepTimer.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;
using namespace std::chrono_literals;

// The sleep timer pauses a real Player playing a real mp3 once its time is up, after fading the output down
// (the listener's volume untouched), and does nothing once cancelled or with nothing playing.
class TestSleepTimer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_song;

    void playSong(Playlist& playlist, Player& player)
    {
        playlist.setEntries({entryFor(m_song, QStringLiteral("Lullaby"), 20000)});
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 10000);
    }

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        m_song = m_dir.filePath(QStringLiteral("lullaby.mp3"));
        AudioSpec spec;
        spec.seconds = 20;
        QVERIFY(writeMp3(m_song, spec));
    }

    void itFadesOutThenPauses()
    {
        Playlist playlist;
        Player player(playlist);
        player.setVolume(0.8);
        playSong(playlist, player);
        const float full = player.outputVolume();
        SleepTimer timer(player, 1500ms);
        QSignalSpy ranOut(&timer, &SleepTimer::ranOut);
        timer.start(4000ms);
        QVERIFY(timer.isActive());
        QVERIFY(timer.pausesAt() > QDateTime::currentDateTime());
        // Before the fade: as loud as before.
        QTest::qWait(500);
        QCOMPARE(player.outputVolume(), full);
        // Within it: lower, and lower still; still playing.
        QTRY_VERIFY_WITH_TIMEOUT(player.outputVolume() < full * 0.8f, 5000);
        const float fading = player.outputVolume();
        QTRY_VERIFY_WITH_TIMEOUT(player.outputVolume() < fading, 2000);
        QVERIFY(player.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(ranOut.count(), 1, 5000);
        QCOMPARE(ranOut.at(0).at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 3000);
        QVERIFY(!timer.isActive());
        QVERIFY(!timer.pausesAt().isValid());
        // Paused, not stopped: Play goes on from there, at the volume the listener had.
        QCOMPARE(player.playbackState(), QMediaPlayer::PausedState);
        QCOMPARE(player.volume(), 0.8);
        QTRY_COMPARE_WITH_TIMEOUT(player.outputVolume(), full, 2000);
        QVERIFY(player.position() > 3000);
    }

    void aCancelledTimerLeavesTheSongPlaying()
    {
        Playlist playlist;
        Player player(playlist);
        playSong(playlist, player);
        const float full = player.outputVolume();
        SleepTimer timer(player, 1000ms);
        QSignalSpy ranOut(&timer, &SleepTimer::ranOut);
        timer.start(1500ms);
        // Cancelled in the middle of the fade: the output comes back at once.
        QTRY_VERIFY_WITH_TIMEOUT(player.outputVolume() < full, 3000);
        timer.cancel();
        QCOMPARE(player.outputVolume(), full);
        QTest::qWait(1500);
        QVERIFY(ranOut.isEmpty());
        QVERIFY(player.isPlaying());
        player.stop();
    }

    void withNothingPlayingItOnlySaysItRanOut()
    {
        Playlist playlist;
        Player player(playlist);
        SleepTimer timer(player, 200ms);
        QSignalSpy ranOut(&timer, &SleepTimer::ranOut);
        timer.start(300ms);
        QTRY_COMPARE_WITH_TIMEOUT(ranOut.count(), 1, 3000);
        QCOMPARE(ranOut.at(0).at(0).toBool(), false);
        QVERIFY(!player.isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestSleepTimer)
#include "tst_sleeptimer.moc"
