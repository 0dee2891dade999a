#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"

#include <QAudio>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// Listed at its true length (initTestCase): under load a medium can end before GStreamer knows its own, and a
// song listed as longer than it played is then told as cut short.
PlaylistEntry entry(const QString& path, std::int64_t id)
{
    const int length = path.endsWith(QLatin1String("/song.mp3")) ? 1500 : 4000;
    PlaylistEntry e = entryFor(path, QStringLiteral("Song %1").arg(id), length);
    e.track.id = id;
    return e;
}

Listen listenAt(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(0).value<Listen>();
}

float linearVolume(double volume)
{
    return QAudio::convertVolume(float(volume), QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

} // namespace

// What the player tells the listening history and the radio (how each heard track ended), and the gain hook
// volume levelling plays through. Real mp3s, played by Qt Multimedia.
class TestPlayerEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_song;
    QString m_other;

    // One song playing from a playlist of its own, with a spy on how heard songs end.
    struct Started
    {
        Playlist playlist;
        Player player{playlist};
        QSignalSpy listened{&player, &Player::listened};
    };
    static std::unique_ptr<Started> playingOne(const QString& path)
    {
        auto started = std::make_unique<Started>();
        started->playlist.setEntries({entry(path, 1)});
        started->player.playRow(0);
        return started;
    }

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        m_song = m_dir.filePath(QStringLiteral("song.mp3"));
        m_other = m_dir.filePath(QStringLiteral("other.mp3"));
        AudioSpec spec;
        spec.seconds = 1.5;
        QVERIFY(writeMp3(m_song, spec));
        spec.seconds = 4.0;
        spec.frequency = 660;
        QVERIFY(writeMp3(m_other, spec));
    }

    void aTrackPlayedToItsEndIsFinished()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, 1), entry(m_other, 2)});
        Player player(playlist);
        QSignalSpy listened(&player, &Player::listened);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 1, 8000);
        QTRY_COMPARE(listened.count(), 1);
        const Listen l = listenAt(listened, 0);
        QCOMPARE(l.track.id, std::int64_t(1));
        QCOMPARE(l.end, Listen::End::Finished);
        player.stop();
    }

    void movingOnWhileATrackPlaysIsASkipAndSaysHowFarItGot()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_other, 1), entry(m_song, 2)});
        Player player(playlist);
        QSignalSpy listened(&player, &Player::listened);
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 600, 5000);
        player.next();
        QCOMPARE(listened.count(), 1);
        const Listen l = listenAt(listened, 0);
        QCOMPARE(l.track.id, std::int64_t(1));
        QCOMPARE(l.end, Listen::End::Skipped);
        QVERIFY2(l.heardMs > 500 && l.heardMs < 4000, qPrintable(QString::number(l.heardMs)));
        QCOMPARE(l.durationMs > 3500, true);
        player.stop();
    }

    void aNewPlaylistReplacesTheTrackWithoutASkip()
    {
        const auto started = playingOne(m_other);
        Playlist& playlist = started->playlist;
        Player& player = started->player;
        const QSignalSpy& listened = started->listened;
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        playlist.setEntries({entry(m_song, 5), entry(m_other, 6)});
        player.playRow(0);
        QCOMPARE(listened.count(), 1);
        QCOMPARE(listenAt(listened, 0).end, Listen::End::Replaced);
        player.stop();
    }

    // Play Now (a library song, the map), a pick from the queue, Previous and the same song again choose a
    // song, not turn one down; Next into the queue still moves on from the song playing.
    void playingAnotherSongNowInterruptsWithoutASkip()
    {
        const auto started = playingOne(m_other);
        Playlist& playlist = started->playlist;
        Player& player = started->player;
        const QSignalSpy& listened = started->listened;
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.playNow({entry(m_song, 2)});
        QCOMPARE(listened.count(), 1);
        QCOMPARE(listenAt(listened, 0).track.id, std::int64_t(1));
        QCOMPARE(listenAt(listened, 0).end, Listen::End::Interrupted);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.enqueue({entry(m_other, 3), entry(m_song, 4)});
        player.playQueued(1);
        QCOMPARE(listened.count(), 2);
        QCOMPARE(listenAt(listened, 1).track.id, std::int64_t(2));
        QCOMPARE(listenAt(listened, 1).end, Listen::End::Interrupted);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.next();
        QCOMPARE(listened.count(), 3);
        QCOMPARE(listenAt(listened, 2).track.id, std::int64_t(4));
        QCOMPARE(listenAt(listened, 2).end, Listen::End::Skipped);
        QCOMPARE(player.track()->id, std::int64_t(3));
        // Back to the song before, and that song again from its start: chosen, not turned down.
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.previous();
        QCOMPARE(listened.count(), 4);
        QCOMPARE(listenAt(listened, 3).track.id, std::int64_t(3));
        QCOMPARE(listenAt(listened, 3).end, Listen::End::Interrupted);
        QCOMPARE(player.track()->id, std::int64_t(4));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.playRow(playlist.current());
        QCOMPARE(listened.count(), 5);
        QCOMPARE(listenAt(listened, 4).end, Listen::End::Interrupted);
        player.stop();
    }

    void aTrackNeverStartedOrUnplayableTellsNothing()
    {
        Playlist playlist;
        playlist.setEntries(
            {entry(m_dir.filePath(QStringLiteral("missing.mp3")), 1), entry(m_song, 2), entry(m_other, 3)});
        Player player(playlist);
        QSignalSpy listened(&player, &Player::listened);
        player.cue(1, 0);
        player.cue(2, 0);  // cued, never played: not heard
        player.playRow(0); // missing: skipped by the player, not turned down by the listener
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.stop();
        QVERIFY(listened.isEmpty());
    }

    void theGainLookupSetsTheOutputForEachTrackAndNeverAmplifies()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, 1), entry(m_other, 2), entry(m_song, 3)});
        Player player(playlist);
        player.setVolume(0.8);
        QCOMPARE(player.outputVolume(), linearVolume(0.8));
        player.setGainLookup([](const Track& t) { return t.id == 1 ? -6.0 : t.id == 2 ? 20.0 : 0.0; });
        player.cue(0, 0);
        QCOMPARE(player.gainDb(), -6.0);
        QVERIFY(std::abs(player.outputVolume() - linearVolume(0.8) * std::pow(10.0f, -6.0f / 20)) < 1e-4f);
        // A boost comes out of the volume's headroom, up to the file's own level and no further.
        player.cue(1, 0);
        QCOMPARE(player.outputVolume(), 1.0f);
        player.cue(2, 0);
        QCOMPARE(player.outputVolume(), linearVolume(0.8));
        // Levelling turned off while a track is loaded applies at once.
        player.cue(0, 0);
        player.setGainLookup({});
        QCOMPARE(player.outputVolume(), linearVolume(0.8));
    }
};

QTEST_GUILESS_MAIN(TestPlayerEvents)
#include "tst_playerevents.moc"
