#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/AudioFixture.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"

#include <QAudioDevice>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace soundalike;
using namespace soundalike::test;

class TestPlayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_song;
    QString m_short;
    QString m_long;

    // Each song listed at its true length: under load a medium can end before GStreamer knows its own, and a
    // song listed as longer than it played is then rightly told as cut short, which is not what these test.
    PlaylistEntry entry(const QString& path, const QString& title) const
    {
        const qint64 length = path == m_short ? 600 : path == m_song ? 4000 : 90000; // the rest copy m_long
        return entryFor(path, title, length);
    }

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        m_song = m_dir.filePath(QStringLiteral("song.mp3"));
        m_short = m_dir.filePath(QStringLiteral("short.mp3"));
        AudioSpec spec;
        spec.seconds = 4.0;
        QVERIFY(writeMp3(m_song, spec));
        spec.seconds = 0.6;
        spec.frequency = 660;
        QVERIFY(writeMp3(m_short, spec));
        // Long enough that GStreamer does not know the duration from the first frames it parses.
        m_long = m_dir.filePath(QStringLiteral("long.mp3"));
        spec.seconds = 90;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        QVERIFY(writeMp3(m_long, spec));
    }

    void playsARealMp3AndThePositionAdvances()
    {
        Playlist playlist;
        // Listed shorter than it is, so that the length checked is the one GStreamer finds in the file.
        playlist.setEntries({entryFor(m_song, QStringLiteral("Song"), 3000)});
        Player player(playlist);
        QSignalSpy playing(&player, &Player::playingChanged);
        player.playRow(0);
        QCOMPARE(player.source(), QUrl::fromLocalFile(m_song));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 500, 5000);
        const qint64 first = player.position();
        QTest::qWait(400);
        QVERIFY2(player.position() > first, "the position stood still while playing");
        QTRY_VERIFY(player.duration() > 3500 && player.duration() < 4500);
        player.pause();
        QTRY_VERIFY(!player.isPlaying());
    }

    // Libraries copied from old Windows disks hold names in Latin-1, which are not UTF-8. QMediaPlayer loses
    // such bytes even from an exactly encoded URL, so the player plays them through a link of its own.
    void playsAFileWhoseNameIsNotUtf8()
    {
        const FilePath latin1 = toFilePath(m_dir.path()) + "/Caf\xe9 \xff\xfe.mp3";
        QVERIFY(QFile::copy(m_song, QStringLiteral("%1/plain-copy.mp3").arg(m_dir.path())));
        QVERIFY(::rename(toFilePath(m_dir.filePath(QStringLiteral("plain-copy.mp3"))).c_str(),
                         latin1.c_str()) == 0);
        PlaylistEntry e;
        e.track.path = latin1;
        e.track.title = QStringLiteral("Café");
        e.track.durationMs = 3000; // shorter than it is: the length checked below is the file's
        Playlist playlist;
        playlist.setEntries({e});
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        player.playRow(0);
        char target[4096] = {};
        const ssize_t length =
            ::readlink(toFilePath(player.source().toLocalFile()).c_str(), target, sizeof target - 1);
        QCOMPARE(FilePath(target, std::size_t(std::max<ssize_t>(length, 0))), latin1);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 500, 5000);
        QVERIFY(skipped.isEmpty());
        QTRY_VERIFY2(player.duration() > 3500, qPrintable(QString::number(player.duration())));
        player.stop();
        ::unlink(latin1.c_str()); // QTemporaryDir cannot remove a name that is not UTF-8
    }

    void advancesToTheNextTrackAtTheEnd()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_short, QStringLiteral("Short")), entry(m_song, QStringLiteral("Song"))});
        Player player(playlist);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 1, 8000);
        QCOMPARE(player.source(), QUrl::fromLocalFile(m_song));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
    }

    // A file cut short by an interrupted copy says it lasts longer than it plays: tried again from where it
    // stopped, then the listener is told why it ended early, and the next song plays.
    void aSongThatStopsShortOfItsLengthIsSaidToBeCut()
    {
        const QString cut = m_dir.filePath(QStringLiteral("cut.flac"));
        AudioSpec spec;
        spec.seconds = 8.0;
        QVERIFY(writeAudio(cut, Encoding::Flac, spec, Tags{}));
        QFile file(cut);
        QVERIFY(file.resize(file.size() / 8)); // a second of the eight its header counts
        Playlist playlist;
        playlist.setEntries(
            {entryFor(cut, QStringLiteral("Cut"), 8000), entry(m_song, QStringLiteral("Song"))});
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 1, 15000);
        QCOMPARE(skipped.count(), 1);
        const QString message = skipped.at(0).at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("“Cut” stopped at 0:01 of 0:08")), qPrintable(message));

        // Last in the list, it says so in the one message that ends the list, not in one hidden at once.
        Playlist alone;
        alone.setEntries({entryFor(cut, QStringLiteral("Cut"), 8000)});
        Player last(alone);
        QSignalSpy ended(&last, &Player::endReached);
        QSignalSpy lastSkipped(&last, &Player::skipped);
        last.playRow(0);
        QVERIFY(ended.wait(15000));
        QCOMPARE(lastSkipped.count(), 0);
        const QString end = ended.at(0).at(0).toString();
        QVERIFY2(end.startsWith(QStringLiteral("“Cut” stopped at 0:01 of 0:08")) &&
                     end.contains(QStringLiteral("End of the playlist")),
                 qPrintable(end));
    }

    // The last song ends with nothing after it: the listener is told, and Play starts the list over from the
    // top instead of playing the last song again.
    void afterTheEndPlayStartsTheListOver()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, QStringLiteral("Song")), entry(m_short, QStringLiteral("Short"))});
        Player player(playlist);
        QSignalSpy ended(&player, &Player::endReached);
        player.playRow(1);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 8000);
        QVERIFY(ended.at(0).at(0).toString().contains(QLatin1String("End of the playlist")));
        QCOMPARE(playlist.current(), 1);
        QVERIFY(!player.isPlaying());
        player.togglePlay();
        QCOMPARE(playlist.current(), 0);
        QCOMPARE(player.source(), QUrl::fromLocalFile(m_song));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.stop();
        QCOMPARE(ended.count(), 1);
    }

    // Play with no playlist: Up next plays if it holds songs; with nothing anywhere, the listener is told
    // what to do instead of nothing happening.
    void playWithNoPlaylistPlaysUpNextOrSaysWhatToDo()
    {
        Playlist playlist;
        Player player(playlist);
        QSignalSpy ended(&player, &Player::endReached);
        player.play();
        QCOMPARE(ended.count(), 1);
        QVERIFY(ended.at(0).at(0).toString().contains(QLatin1String("Nothing to play yet")));
        QVERIFY(!player.isPlaying());
        player.enqueue({entry(m_song, QStringLiteral("Queued"))});
        player.togglePlay();
        QCOMPARE(playlist.size(), 1);
        QCOMPARE(player.source(), QUrl::fromLocalFile(m_song));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QVERIFY(player.queue().isEmpty());
        // The list cleared while its song plays: Play (as from the desktop's media controls) leaves it
        // playing.
        playlist.setEntries({});
        player.enqueue({entry(m_long, QStringLiteral("Waiting"))});
        player.play();
        QCOMPARE(player.source(), QUrl::fromLocalFile(m_song));
        QVERIFY(player.isPlaying());
        player.queue().remove(0, 1);
        // The list cleared after its song stopped: Play does not bring the removed song back.
        player.stop();
        playlist.setEntries({});
        player.play();
        QCOMPARE(ended.count(), 2);
        QVERIFY(!player.isPlaying());
        player.enqueue({entry(m_short, QStringLiteral("Next up"))});
        player.play();
        QCOMPARE(player.source(), QUrl::fromLocalFile(m_short));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.stop();
    }

    // In shuffle, the end of a round says that Play starts a new one (not "from the top").
    void theEndOfAShuffledRoundSaysANewRoundFollows()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_short, QStringLiteral("Short"))});
        Player player(playlist);
        player.setShuffle(true);
        QSignalSpy ended(&player, &Player::endReached);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 8000);
        QVERIFY2(ended.at(0).at(0).toString().contains(QLatin1String("new shuffled round")),
                 qPrintable(ended.at(0).at(0).toString()));
    }

    void playNextGoesBeforeTheRestAndJoinsThePlaylist()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, QStringLiteral("Song")), entry(m_long, QStringLiteral("Long"))});
        Player player(playlist);
        player.playRow(0);
        player.enqueue({entry(m_long, QStringLiteral("Queued last"))});
        player.playNext({entry(m_short, QStringLiteral("Queued first"))});
        QCOMPARE(player.queue().size(), 2);
        QCOMPARE(player.queue().at(0).track.title, QStringLiteral("Queued first"));
        player.next();
        QCOMPARE(playlist.size(), 3);
        QCOMPARE(playlist.current(), 1);
        QCOMPARE(playlist.at(1).track.title, QStringLiteral("Queued first"));
        QCOMPARE(player.queue().size(), 1);
        player.previous();
        QCOMPARE(playlist.current(), 0); // back to what played before it
        player.stop();
    }

    void theEndOfATrackTakesTheQueueFirst()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_short, QStringLiteral("Short")), entry(m_song, QStringLiteral("Song"))});
        Player player(playlist);
        player.enqueue({entry(m_long, QStringLiteral("Queued"))});
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 1, 8000);
        QCOMPARE(playlist.at(1).track.title, QStringLiteral("Queued"));
        QVERIFY(player.queue().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.stop();
    }

    // Stop After This Song: the song plays to its end, then what would have followed waits, cued, and Play
    // starts it; the listener is told. The queue comes first here too.
    void stopAfterThisSongLeavesTheNextOneCued_data()
    {
        QTest::addColumn<bool>("queued");
        QTest::newRow("the playlist's next") << false;
        QTest::newRow("the queue's first") << true;
    }

    void stopAfterThisSongLeavesTheNextOneCued()
    {
        QFETCH(bool, queued);
        Playlist playlist;
        playlist.setEntries({entry(m_short, QStringLiteral("Short")), entry(m_song, QStringLiteral("Song"))});
        Player player(playlist);
        if (queued)
            player.enqueue({entry(m_long, QStringLiteral("Queued"))});
        QSignalSpy ended(&player, &Player::endReached);
        QSignalSpy changed(&player, &Player::stopAfterCurrentChanged);
        player.setStopAfterCurrent(true);
        QVERIFY(!player.stopsAfterCurrent()); // nothing plays yet: nothing to stop after
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.setStopAfterCurrent(true);
        QVERIFY(player.stopsAfterCurrent());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 8000);
        const QString next = queued ? QStringLiteral("Queued") : QStringLiteral("Song");
        QCOMPARE(ended.at(0).at(0).toString(),
                 QStringLiteral("Stopped after “Short”, as asked: Play goes on with “%1”.").arg(next));
        QCOMPARE(playlist.current(), 1);
        QCOMPARE(playlist.at(1).track.title, next);
        QVERIFY(player.queue().isEmpty());
        QVERIFY(player.isCued());
        QVERIFY(!player.isPlaying());
        QVERIFY(!player.stopsAfterCurrent());
        QCOMPARE(changed.count(), 2);
        QTest::qWait(300); // it stays stopped
        QVERIFY(!player.isPlaying());
        player.togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QCOMPARE(player.source(), QUrl::fromLocalFile(queued ? m_long : m_song));
        QVERIFY(player.position() < 2000);
        player.stop();
    }

    // Asked for one song, it does not carry over to the song the listener skips to.
    void stopAfterThisSongIsDroppedByAnotherSong()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, QStringLiteral("Song")), entry(m_short, QStringLiteral("Short")),
                             entry(m_song, QStringLiteral("Song again"))});
        Player player(playlist);
        QSignalSpy ended(&player, &Player::endReached);
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.setStopAfterCurrent(true);
        player.next();
        QVERIFY(!player.stopsAfterCurrent());
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 2, 8000); // Short ended and the next one played
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QVERIFY(ended.isEmpty());
        player.stop();
    }

    void repeatOnePlaysTheSameSongAgain()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_short, QStringLiteral("Short")), entry(m_song, QStringLiteral("Song"))});
        Player player(playlist);
        QSignalSpy changed(&player, &Player::trackChanged);
        player.setRepeat(PlayOrder::Repeat::One);
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 8000); // it ended and started again
        QCOMPARE(playlist.current(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.stop();
    }

    void muteAndSeekByStep()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_long, QStringLiteral("Long"))});
        Player player(playlist);
        QSignalSpy muted(&player, &Player::mutedChanged);
        player.setMuted(true);
        QVERIFY(player.isMuted());
        QCOMPARE(muted.count(), 1);
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QVERIFY(player.isMuted()); // a new track keeps the listener's mute
        player.seek(20000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 20000, 5000);
        player.seekBy(5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 25000 && player.position() < 30000, 5000);
        player.seekBy(-10000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 15000 && player.position() < 20000, 5000);
        player.setMuted(false);
        QVERIFY(!player.isMuted());
        player.stop();
    }

    // With no sound card GStreamer plays into nothing: the listener is told once.
    void silenceForWantOfAnOutputIsSaidOnce()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, QStringLiteral("Song")), entry(m_short, QStringLiteral("Short"))});
        Player player(playlist);
        QSignalSpy warned(&player, &Player::warning);
        player.playRow(0);
        player.playRow(1);
        const bool noOutput = QMediaDevices::audioOutputs().isEmpty();
        QCOMPARE(warned.count(), noOutput ? 1 : 0);
        if (noOutput)
            QVERIFY(warned.at(0).at(0).toString().contains(QLatin1String("No audio output")));
        player.stop();
    }

    void skipsMissingAndUndecodableFilesWithAMessage()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp3"));
        QVERIFY(writeFile(garbage, QByteArray(20000, 'x')));
        Playlist playlist;
        playlist.setEntries({entry(m_dir.filePath(QStringLiteral("gone.mp3")), QStringLiteral("Gone")),
                             entry(garbage, QStringLiteral("Garbage")),
                             entry(m_song, QStringLiteral("Song"))});
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), 2, 8000);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QCOMPARE(skipped.count(), 2);
        // In words of the player's own, translated; GStreamer's "Resource not found." is English only.
        QCOMPARE(skipped.at(0).at(0).toString(), QStringLiteral("Skipped “Gone”: the file is not there"));
        QVERIFY(skipped.at(1).at(0).toString().contains(QLatin1String("Garbage")));
    }

    // Going back past songs that cannot play goes on back, not forward to the song just left; with nothing
    // playable further back, the song Previous was pressed on plays again, instead of the failed songs being
    // tried on the way forward until the player gives up.
    void previousPastUnplayableSongsGoesOnBack_data()
    {
        QTest::addColumn<bool>("firstPlays");
        QTest::addColumn<int>("landsOn");
        QTest::addColumn<int>("skips");
        QTest::newRow("a song that plays before them") << true << 0 << 1;
        QTest::newRow("none that plays before them") << false << 2 << 1;
    }

    void previousPastUnplayableSongsGoesOnBack()
    {
        QFETCH(bool, firstPlays);
        QFETCH(int, landsOn);
        QFETCH(int, skips);
        Playlist playlist;
        playlist.setEntries({entry(firstPlays ? m_song : m_dir.filePath(QStringLiteral("gone1.mp3")),
                                   QStringLiteral("First")),
                             entry(m_dir.filePath(QStringLiteral("gone2.mp3")), QStringLiteral("Gone")),
                             entry(m_long, QStringLiteral("Third"))});
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        player.playRow(2);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.previous();
        QTRY_COMPARE_WITH_TIMEOUT(skipped.count(), skips + (firstPlays ? 0 : 1), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.current(), landsOn, 8000);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTest::qWait(500);
        QCOMPARE(playlist.current(), landsOn);
        QCOMPARE(skipped.count(), skips + (firstPlays ? 0 : 1));
        player.stop();
    }

    // In shuffle, a press of Previous far into a song restarts it and keeps the way back: the next press goes
    // to the song before, not two songs back.
    void restartingASongKeepsTheWayBackInShuffle()
    {
        QStringList files;
        for (int i = 0; i < 4; ++i) {
            files << m_dir.filePath(QStringLiteral("shuffled%1.mp3").arg(i));
            QFile::remove(files.last());
            QVERIFY(QFile::copy(m_long, files.last()));
        }
        Playlist playlist;
        std::vector<PlaylistEntry> entries;
        for (const QString& file : files)
            entries.push_back(entry(file, QFileInfo(file).baseName()));
        playlist.setEntries(entries);
        Player player(playlist);
        player.setShuffle(true);
        player.playRow(0);
        QStringList played{playlist.at(playlist.current()).track.title};
        for (int i = 0; i < 2; ++i) {
            player.next();
            played << playlist.at(playlist.current()).track.title;
        }
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QVERIFY(player.hasPrevious());
        player.seek(10000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 10000, 5000);
        player.previous();
        QCOMPARE(playlist.at(playlist.current()).track.title, played[2]);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() < 5000, 5000);
        player.previous();
        QCOMPARE(playlist.at(playlist.current()).track.title, played[1]);
        player.previous();
        QCOMPARE(playlist.at(playlist.current()).track.title, played[0]);
        QVERIFY(!player.hasPrevious());
        player.stop();
    }

    // Queueing a song the playlist holds moves its row to after the current one, whether the list was still
    // to play it or played it before: a copy would have the song twice in a list that promises each song
    // once.
    void queueingAListedSongMovesItsRow()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_song, QStringLiteral("Song")), entry(m_short, QStringLiteral("Short")),
                             entry(m_long, QStringLiteral("Long"))});
        Player player(playlist);
        player.playRow(0);
        player.enqueue({entry(m_long, QStringLiteral("Long"))});
        player.next();
        QCOMPARE(playlist.size(), 3);
        QCOMPARE(playlist.current(), 1);
        QCOMPARE(playlist.at(1).track.title, QStringLiteral("Long"));
        QCOMPARE(playlist.at(2).track.title, QStringLiteral("Short"));
        // Played before, above the current row: it moves down to after the current one, the rest closing up.
        player.enqueue({entry(m_song, QStringLiteral("Song"))});
        player.next();
        QCOMPARE(titlesOf(playlist.entries()), (QStringList{"Long", "Song", "Short"}));
        QCOMPARE(playlist.current(), 1);
        // Already next: it plays from where it is.
        player.enqueue({entry(m_short, QStringLiteral("Short"))});
        player.next();
        QCOMPARE(titlesOf(playlist.entries()), (QStringList{"Long", "Song", "Short"}));
        QCOMPARE(playlist.current(), 2);
        // The song playing: it starts again in its own row.
        player.enqueue({entry(m_short, QStringLiteral("Short"))});
        player.next();
        QCOMPARE(titlesOf(playlist.entries()), (QStringList{"Long", "Song", "Short"}));
        QCOMPARE(playlist.current(), 2);
        QVERIFY(player.queue().isEmpty());
        player.stop();
    }

    void stopsWhenNothingCanBePlayed()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_dir.filePath(QStringLiteral("a.mp3")), QStringLiteral("A")),
                             entry(m_dir.filePath(QStringLiteral("b.mp3")), QStringLiteral("B"))});
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(skipped.count(), 3, 8000);
        QVERIFY(skipped.last().at(0).toString().contains(QLatin1String("Nothing")));
        QTest::qWait(300);
        QCOMPARE(skipped.count(), 3);
        QVERIFY(!player.isPlaying());
    }

    void seeksWhilePlaying()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_long, QStringLiteral("Long"))});
        Player player(playlist);
        player.playRow(0);
        // At once, before the medium has loaded: the seek must wait for it, not be lost.
        player.seek(60000);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 60000, 5000);
        player.seek(30000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 30000 && player.position() < 40000, 5000);
    }

    void cueRestoresAPausedPosition()
    {
        Playlist playlist;
        playlist.setEntries({entry(m_long, QStringLiteral("Long"))});
        Player player(playlist);
        player.cue(0, 70000);
        QCOMPARE(playlist.current(), 0);
        QCOMPARE(player.position(), 70000);
        QTest::qWait(500);
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.position(), 70000);
        // Moved before Play (the slider of a restored song): the time says so at once, and Play starts there.
        QSignalSpy positions(&player, &Player::positionChanged);
        player.seek(60000);
        QCOMPARE(positions.count(), 1);
        QCOMPARE(positions.takeFirst().at(0).toLongLong(), 60000);
        QCOMPARE(player.position(), 60000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(positions.count() > 3, 5000);
        // Never the start of the track while the seek waits for GStreamer to know the duration.
        for (const QList<QVariant>& position : positions)
            QVERIFY2(position.at(0).toLongLong() >= 60000, qPrintable(position.at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestPlayer)
#include "tst_player.moc"
