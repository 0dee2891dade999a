#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"
#include "tests/support/TimeScale.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// The player when its sound output goes away, as it does when the sound server stops (`pulseaudio --kill`, a
// crash, a logout's leftovers): a PulseAudio server of the test's own plays into a null sink, Qt Multimedia
// picks it as its output, and the server is stopped under the real player. GStreamer then fails every track
// the way it fails a damaged file, while Qt's device list still names the server's sink.
class TestSoundOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_song;
    QString m_long;
    QProcess m_server;

    // A server that only this test's process talks to: its own runtime folder, and no client that starts
    // another one by itself once this one is gone.
    bool startServer()
    {
        m_server.setProgram(QStandardPaths::findExecutable(QStringLiteral("pulseaudio")));
        m_server.setArguments({QStringLiteral("--daemonize=no"), QStringLiteral("--system=false"),
                               QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                               QStringLiteral("-n"), QStringLiteral("-L"), QStringLiteral("module-null-sink"),
                               QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix"),
                               QStringLiteral("--log-target=stderr")});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        if (!m_server.waitForStarted())
            return false;
        QDeadlineTimer deadline(scaledMs(10000));
        while (!QFile::exists(socketPath()) && m_server.state() == QProcess::Running &&
               !deadline.hasExpired())
            QTest::qWait(50);
        return m_server.state() == QProcess::Running && QFile::exists(socketPath());
    }

    QString socketPath() const { return m_dir.filePath(QStringLiteral("native")); }

    void stopServer()
    {
        m_server.terminate(); // what `pulseaudio --kill` sends
        QVERIFY(m_server.waitForFinished(scaledMs(10000)));
        QFile::remove(socketPath());
    }

    std::vector<PlaylistEntry> songs()
    {
        return {entryFor(m_song, QStringLiteral("First"), 4000),
                entryFor(m_song, QStringLiteral("Second"), 4000),
                entryFor(m_long, QStringLiteral("Third"), 30000)};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty())
            QFAIL("PulseAudio is not installed: packaging/setup.sh test installs it (apt-get install "
                  "pulseaudio).");
        QVERIFY(m_dir.isValid());
        // Before anything of Qt Multimedia starts: it connects to the server once, when first used.
        qputenv("PULSE_RUNTIME_PATH", QFile::encodeName(m_dir.path()));
        qputenv("PULSE_STATE_PATH", QFile::encodeName(m_dir.path()));
        const QString clientConfig = m_dir.filePath(QStringLiteral("client.conf"));
        QVERIFY(writeFile(clientConfig, "autospawn = no\n"));
        qputenv("PULSE_CLIENTCONFIG", QFile::encodeName(clientConfig));
        QVERIFY(startServer());
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        QTRY_VERIFY_WITH_TIMEOUT(!QMediaDevices::audioOutputs().isEmpty(), scaledMs(10000));
        m_song = m_dir.filePath(QStringLiteral("song.mp3"));
        m_long = m_dir.filePath(QStringLiteral("long.mp3"));
        AudioSpec spec;
        spec.seconds = 4.0;
        QVERIFY(writeMp3(m_song, spec));
        spec.seconds = 30;
        QVERIFY(writeMp3(m_long, spec));
    }

    // Each test starts with the server running, whatever the one before left.
    void init()
    {
        if (m_server.state() != QProcess::Running)
            QVERIFY(startServer());
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::Running)
            stopServer();
    }

    // Play with the server gone: one warning, the song stays where it is, none is called unplayable, and Play
    // after the server is back plays it.
    void aSoundServerGoneStopsInsteadOfSkippingSongs()
    {
        Playlist playlist;
        playlist.setEntries(songs());
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        QSignalSpy warned(&player, &Player::warning);
        QSignalSpy cleared(&player, &Player::warningCleared);
        stopServer();
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, scaledMs(10000));
        QVERIFY2(warned.at(0).at(0).toString().contains(QLatin1String("sound output")),
                 qPrintable(warned.at(0).at(0).toString()));
        QTest::qWait(1500);
        QVERIFY2(skipped.isEmpty(),
                 qPrintable(skipped.isEmpty() ? QString() : skipped.at(0).at(0).toString()));
        QCOMPARE(playlist.current(), 0);
        QVERIFY(!player.isPlaying());
        // Play again while it is still gone: still no skipping, and no second warning.
        player.play();
        QTest::qWait(1500);
        QVERIFY(skipped.isEmpty());
        QCOMPARE(warned.count(), 1);
        QCOMPARE(playlist.current(), 0);

        QVERIFY(startServer());
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), scaledMs(10000));
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, scaledMs(5000));
        QCOMPARE(playlist.current(), 0);
        QVERIFY(skipped.isEmpty());
        player.stop();
    }

    // The server goes while a song plays: it stops there and, once the server is back, goes on from there.
    void aSoundServerGoneMidSongKeepsItsPlace()
    {
        Playlist playlist;
        playlist.setEntries(songs());
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        QSignalSpy warned(&player, &Player::warning);
        player.playRow(2);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 3000, scaledMs(10000));
        stopServer();
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, scaledMs(10000));
        QTest::qWait(1000);
        QVERIFY2(skipped.isEmpty(),
                 qPrintable(skipped.isEmpty() ? QString() : skipped.at(0).at(0).toString()));
        QCOMPARE(playlist.current(), 2);
        QVERIFY(!player.isPlaying());
        const qint64 stoppedAt = player.position();
        QVERIFY2(stoppedAt > 2000, qPrintable(QString::number(stoppedAt)));

        QVERIFY(startServer());
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), scaledMs(10000));
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > stoppedAt, scaledMs(5000));
        QVERIFY2(player.position() < stoppedAt + 5000, qPrintable(QString::number(player.position())));
        QCOMPARE(playlist.current(), 2);
        player.stop();
    }

    // A damaged file is still the file's fault with a working output: skipped, with its name.
    void aDamagedFileIsStillSkipped()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp3"));
        QVERIFY(writeFile(garbage, QByteArray(20000, 'x')));
        Playlist playlist;
        playlist.setEntries({entryFor(garbage, QStringLiteral("Garbage"), 4000), songs().front()});
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        QSignalSpy warned(&player, &Player::warning);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 1, scaledMs(10000));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), scaledMs(5000));
        QCOMPARE(skipped.count(), 1);
        QVERIFY(skipped.at(0).at(0).toString().contains(QLatin1String("Garbage")));
        QVERIFY(warned.isEmpty());
        player.stop();
    }

    // A restored session's song waits, cued, while the listener looks around. Play must sound from where it
    // stood at once: opened at once and played later, on a real output (this server's sink) it played a
    // moment, then stood still and silent for about as long as it had waited, then went on further in.
    void aCuedSongPlaysAtOnceHoweverLongItWaited()
    {
        Playlist playlist;
        playlist.setEntries({songs().back()});
        Player player(playlist);
        player.cue(0, 20000);
        // Long enough for the stretch to outlast a slow start on a machine running other tests.
        QTest::qWait(scaledMs(8000));
        QElapsedTimer sincePlay;
        sincePlay.start();
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 20600, scaledMs(8000));
        QVERIFY2(sincePlay.elapsed() < scaledMs(4000), qPrintable(QString::number(sincePlay.elapsed())));
        // And on in time with the clock, with no stretch standing still.
        const qint64 at = player.position();
        QTest::qWait(2000);
        const qint64 moved = player.position() - at;
        QVERIFY2(moved > 1200 && moved < 3000, qPrintable(QString::number(moved)));
        player.stop();
    }
};

QTEST_GUILESS_MAIN(TestSoundOutput)
#include "tst_soundoutput.moc"
