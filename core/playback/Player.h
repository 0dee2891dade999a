#pragma once

#include "core/common/Track.h"
#include "core/playback/AudioSinkPace.h"
#include "core/playback/FailureTriage.h"
#include "core/playback/Listen.h"
#include "core/playback/LoadWatch.h"
#include "core/playback/OutputLevel.h"
#include "core/playback/PlayOrder.h"
#include "core/playback/PlayableFile.h"
#include "core/playback/Playlist.h"
#include "core/playback/SeekTracker.h"
#include "core/playback/SourceGate.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QObject>

#include <functional>
#include <optional>

namespace soundalike {

// Plays a Playlist with Qt Multimedia and moves on by itself at the end of each track: first to what is
// queued to play next (the queue, a playlist of its own whose entries join the playlist after the current
// track as they play), then in the playlist's order or shuffled, once or repeating (PlayOrder). A track that
// is missing or cannot be decoded is skipped with a skipped() message, never a dialog; when nothing in the
// playlist can be played, playback stops. When it is the sound output that fails (FailureTriage), nothing is
// skipped: playback stops where it was, with a warning(), and Play goes on from there.
class Player : public QObject
{
    Q_OBJECT

public:
    explicit Player(Playlist& playlist, QObject* parent = nullptr);

    void playRow(int row);
    // Plays `row` of a list the listener has just chosen (a saved playlist played, a file opened): the song
    // it replaces was not turned down, so it is not told as skipped.
    void playChosen(int row);
    // Makes `row` current, paused at `positionMs`: how a restarted app picks up where it was.
    void cue(int row, qint64 positionMs);
    void play();
    void pause();
    void togglePlay();
    void stop();
    void next();
    void previous();
    void seek(qint64 positionMs);
    // Forward (positive) or back from where it is, within the track.
    void seekBy(qint64 deltaMs);
    void setVolume(double volume); // 0..1 as the user sees it (perceived loudness)
    // The gain in dB to play a track at (loudness levelling, see OutputLevel), asked each time a track is
    // loaded. It must answer from memory: it runs on the GUI thread.
    using GainLookup = std::function<double(const Track&)>;
    void setGainLookup(GainLookup lookup);
    // Asks the lookup again for the current track (levelling turned on or off, loudness newly measured).
    void refreshGain();
    void setMuted(bool muted);
    // Lowers the output below the volume (1: as the volume says), for a fade-out; the volume stays as it was.
    void setFade(double fade) { m_level.setFade(fade); }
    void setShuffle(bool on);
    // Stops when the song playing ends, with what would have followed cued for Play: for the song playing
    // only, so it is dropped when another song starts.
    void setStopAfterCurrent(bool on);
    void setRepeat(PlayOrder::Repeat repeat);
    // Off → the whole playlist → this song → off: the one key or button that goes round the three.
    void cycleRepeat();
    // Entries played before the rest of the playlist, in order.
    Playlist& queue() { return m_queue; }
    // Plays the queued entry at `row` now, as the listener's pick: it joins the playlist after the current
    // track, or moves there when the playlist holds it already.
    void playQueued(int row);
    // Ahead of the queue ("Play Next"), at its end ("Add to Queue"), or at once ("Play Now").
    void playNext(std::vector<PlaylistEntry> entries);
    void enqueue(std::vector<PlaylistEntry> entries);
    void playNow(std::vector<PlaylistEntry> entries);

    bool isPlaying() const;
    // A track waits where it will start (a restored session, cue(); its file opens on Play) and has not
    // played since: paused, to the desktop's media controls, not stopped.
    bool isCued() const { return m_cued && m_media.playbackState() == QMediaPlayer::StoppedState; }
    // Stopped, playing or paused, as Qt Multimedia reports it (playingChanged() follows every change).
    QMediaPlayer::PlaybackState playbackState() const { return m_media.playbackState(); }
    qint64 position() const;
    qint64 duration() const;
    double volume() const { return m_level.volume(); }
    double gainDb() const { return m_level.gainDb(); }
    // What the audio output is set to (linear, 0..1): the volume and the gain together.
    float outputVolume() const { return m_output.volume(); }
    bool isMuted() const { return m_level.isMuted(); }
    // Whether Next has somewhere to go: the queue, the next row, or a repeat or shuffle that goes on.
    bool hasNext() const;
    // Whether previous() would go to another track (in shuffle, back through what played).
    bool hasPrevious() const { return m_order.hasPrevious(m_playlist); }
    bool shuffle() const { return m_order.shuffle(); }
    bool stopsAfterCurrent() const { return m_stopAfterCurrent; }
    PlayOrder::Repeat repeat() const { return m_order.repeat(); }
    QUrl source() const { return m_media.source(); }
    // The track playing or paused, which may have left the playlist meanwhile.
    const std::optional<Track>& track() const { return m_track; }

signals:
    void playingChanged(bool playing);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void volumeChanged(double volume);
    void mutedChanged(bool muted);
    void shuffleChanged(bool on);
    void stopAfterCurrentChanged(bool on);
    void repeatChanged(soundalike::PlayOrder::Repeat repeat);
    // A jump the user or a remote control asked for, not the position moving on while playing.
    void seeked(qint64 positionMs);
    void trackChanged();
    // hasNext() changed: the last song came or went, the queue filled or emptied, shuffle or repeat changed.
    void hasNextChanged(bool hasNext);
    // A track could not be played, or stopped short of its length: why, for the status bar.
    void skipped(const QString& message);
    // The last song ended with nothing after it (no repeat, nothing queued), or Play found nothing to play:
    // what the listener hears next.
    void endReached(const QString& message);
    // A track that was heard stopped playing, and how.
    void listened(const soundalike::Listen& listen);
    // Something the listener should know once, such as silence for want of an audio output device, or an
    // output that stopped working.
    void warning(const QString& message);
    // A track plays again after the sound output failed: the warning about it no longer holds.
    void warningCleared();

private:
    // Makes `row` the current track; openMedium() opens its file in the medium.
    void load(int row);
    void openMedium();
    void followRefreshedTrack();
    // Moves the queued entry at `row` into the playlist after the current track, where it shows and
    // "previous" comes back to it; returns its row there.
    int takeQueued(int row);
    // Cues what would follow the track that ended (the queue first, then the play order), as a stop after it
    // leaves it for Play. False when nothing follows.
    bool cueFollowing();
    // playQueued() reached by moving on (the end of a track, Next): the song left is told as usual.
    void startQueued(int row);
    // What follows the current track: the queue first, then the play order. False at the end.
    bool advance(bool trackEnded);
    void checkHasNext();
    void warnIfSilent();
    void applyPendingSeek();
    void onMediaPosition(qint64 position);
    bool endedEarly() const;
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    // The track played to its end (or as far as its file goes): on to what follows, or the end of the list.
    void onEnded();
    void onError(QMediaPlayer::Error error, const QString& text);
    void skipCurrent(const QString& reason);
    void skipBecause(const QString& reason);
    void stopForWantOfOutput();
    void moveOnAfterSkip();
    void reportListen(Listen::End end);

    Playlist& m_playlist;
    Playlist m_queue;
    PlayOrder m_order;
    PlayableFile m_playable;  // before m_media: a link must outlive the medium that reads it
    AudioSinkPace m_sinkPace; // before m_media and m_output, whose sinks it must reach
    SourceGate m_sourceGate;  // held while a medium opens: see openMedium()
    QMediaPlayer m_media;
    QAudioOutput m_output;
    OutputLevel m_level{m_output};
    SeekTracker m_seek{m_media};
    LoadWatch m_loadWatch{m_media, m_sourceGate};
    FailureTriage m_triage;
    std::optional<Track> m_track;
    GainLookup m_gainLookup;
    bool m_heard = false;   // the track has played since it was loaded, and how it ended is not yet told
    bool m_hadNext = false; // hasNext() when last told
    bool m_toldNoOutput = false;
    bool m_outputFailed = false; // a track stopped for want of a working output, and none has played since
    qint64 m_lastPosition = 0;   // as the medium last reported it
    int m_earlyEnds = 0;         // premature ends of this track retried so far
    bool m_playWhenLoaded = false;
    bool m_goingBack = false; // the track was reached by "previous": a failure to play it goes on back
    bool m_cued = false;      // made current by cue(), not played since (isCued)
    bool m_atEnd = false;     // the last song ended with nothing after it: Play starts over
    bool m_stopAfterCurrent = false;
    std::optional<Track> m_backFrom; // the track "previous" was pressed on
    int m_failuresInARow = 0;
};

} // namespace soundalike
