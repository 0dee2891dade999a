#include "core/playback/Player.h"

#include "core/common/DurationText.h"
#include "core/common/Logging.h"
#include "core/playback/DemuxerRanks.h"
#include "core/playback/PlaybackFault.h"
#include "core/playback/Playlist.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QMediaDevices>

namespace soundalike {

namespace {

// "Previous" within the first seconds of a track goes to the track before; later it restarts this one,
// as in every player people know.
constexpr qint64 kRestartThresholdMs = 3000;
// An end reported this far before the known duration is not a real end.
constexpr qint64 kEarlyEndMarginMs = 1500;
constexpr int kMaxEarlyEndRetries = 2;

// Before main(), so before any Qt Multimedia object: in the app, the command line and every test that plays.
[[maybe_unused]] const bool kDemuxersChosen = (preferReliableDemuxers(), true);

} // namespace

Player::Player(Playlist& playlist, QObject* parent) : QObject(parent), m_playlist(playlist)
{
    qRegisterMetaType<Listen>();
    m_media.setAudioOutput(&m_output);
    connect(&m_loadWatch, &LoadWatch::stuck, this, [this] { skipCurrent(tr("it did not finish loading")); });
    connect(&m_triage, &FailureTriage::fileFailed, this, &Player::skipBecause);
    connect(&m_triage, &FailureTriage::outputFailed, this, &Player::stopForWantOfOutput);
    connect(&m_triage, &FailureTriage::settled, this, &Player::moveOnAfterSkip);
    connect(&m_media, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_heard = m_heard || state == QMediaPlayer::PlayingState;
        emit playingChanged(state == QMediaPlayer::PlayingState);
    });
    connect(&m_media, &QMediaPlayer::positionChanged, this, &Player::onMediaPosition);
    connect(&m_media, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        emit durationChanged(duration);
        applyPendingSeek();
    });
    connect(&m_media, &QMediaPlayer::mediaStatusChanged, this, &Player::onMediaStatus);
    connect(&m_media, &QMediaPlayer::errorOccurred, this, &Player::onError);
    connect(&m_playlist, &Playlist::reset, this, [this] { m_order.restart(m_playlist); });
    connect(&m_playlist, &Playlist::tracksChanged, this, &Player::followRefreshedTrack);
    for (Playlist* list : {&m_playlist, &m_queue}) {
        connect(list, &Playlist::reset, this, &Player::checkHasNext);
        connect(list, &Playlist::inserted, this, &Player::checkHasNext);
        connect(list, &Playlist::removed, this, &Player::checkHasNext);
        connect(list, &Playlist::moved, this, &Player::checkHasNext);
        connect(list, &Playlist::currentChanged, this, &Player::checkHasNext);
    }
    connect(this, &Player::shuffleChanged, this, &Player::checkHasNext);
    connect(this, &Player::repeatChanged, this, &Player::checkHasNext);
    m_hadNext = hasNext();
}

void Player::checkHasNext()
{
    if (const bool now = hasNext(); now != m_hadNext) {
        m_hadNext = now;
        emit hasNextChanged(now);
    }
}

void Player::load(int row)
{
    const int was = m_playlist.current();
    const bool stillListed = m_track && was >= 0 && m_playlist.at(was).track.id == m_track->id;
    // The same song from its start again is wanted, not turned down.
    reportListen(!stillListed ? Listen::End::Replaced
                 : row == was ? Listen::End::Interrupted
                              : Listen::End::Skipped);
    setStopAfterCurrent(false);
    m_playlist.setCurrent(row);
    m_track = m_playlist.at(row).track;
    m_goingBack = false;
    m_atEnd = false;
    m_cued = false;
    refreshGain();
    m_triage.cancel();
    m_lastPosition = 0;
    m_earlyEnds = 0;
    m_seek.reset();
    m_level.setSilenced(false);
    m_order.playing(m_playlist, row);
    checkHasNext(); // the row is played in the round now, after currentChanged asked
    emit trackChanged();
}

// Callers hold m_sourceGate until they have also called play(): Qt's backend must be done with the medium
// before its data flows (SourceGate).
void Player::openMedium()
{
    m_media.setSource(m_playable.urlFor(m_track->path));
    m_loadWatch.watch();
}

void Player::playRow(int row)
{
    if (row < 0 || row >= m_playlist.size())
        return;
    const SourceGate::Hold hold(m_sourceGate);
    load(row);
    openMedium();
    m_playWhenLoaded = true;
    warnIfSilent();
    m_media.play();
}

void Player::playChosen(int row)
{
    reportListen(Listen::End::Interrupted);
    playRow(row);
}

void Player::cue(int row, qint64 positionMs)
{
    if (row < 0 || row >= m_playlist.size())
        return;
    // The medium is opened by Play, not now: one opened stopped and played much later (a restored session's
    // song, with its seek) stayed silent on a real output for as long again as it had waited, its time
    // standing still, as if GStreamer's clock had run from the opening (tst_soundoutput).
    load(row);
    m_media.setSource(QUrl());
    m_playWhenLoaded = false;
    m_cued = true;
    m_seek.setPending(positionMs > 0 ? positionMs : -1);
    // The duration first: a slider given a position before its range would stay at 0.
    emit durationChanged(m_track->durationMs);
    emit positionChanged(std::max<qint64>(0, positionMs));
}

// With no device GStreamer plays into a dummy sink: the position moves and nothing is heard. Said once,
// instead of leaving the listener to wonder.
void Player::warnIfSilent()
{
    if (m_toldNoOutput || !QMediaDevices::audioOutputs().isEmpty())
        return;
    m_toldNoOutput = true;
    emit warning(
        tr("No audio output device was found: songs play, but nothing can be heard. Connect speakers "
           "or headphones, or check the sound settings."));
}

void Player::play()
{
    // After the end Play starts the list over, as a new round, rather than the last song again.
    if (std::exchange(m_atEnd, false) && !m_playlist.isEmpty()) {
        m_order.restart(m_playlist);
        playRow(m_order.shuffle() ? std::max(0, m_order.next(m_playlist, false)) : 0);
        return;
    }
    // No playlist: what waits in Up next plays; with nothing there either, Play says so rather than nothing.
    // A song playing or paused when its list was cleared goes on; one that stopped or ended is not played
    // again.
    if (m_playlist.isEmpty() && !m_cued && m_media.playbackState() == QMediaPlayer::StoppedState) {
        if (!m_queue.isEmpty())
            startQueued(0);
        else
            emit endReached(
                tr("Nothing to play yet: make a playlist (seeds, then Generate), or choose Play Now "
                   "on a song of the library."));
        return;
    }
    warnIfSilent();
    const SourceGate::Hold hold(m_sourceGate);
    if (m_media.source().isEmpty()) {
        // Nothing open: the song cued, else the current row from where a failed output stopped it, else the
        // row after.
        if (!m_cued) {
            const int current = m_playlist.current();
            const int row = current >= 0 ? current : std::max(0, m_playlist.nextRow());
            cue(row, row == current ? m_seek.target() : -1);
            if (!m_cued)
                return;
        }
        openMedium();
    }
    m_playWhenLoaded = true;
    m_cued = false;
    // Until a waiting seek can land, the start of the track would be heard: keep it silent.
    if (m_seek.isPending())
        m_level.setSilenced(true);
    m_media.play();
}

void Player::pause()
{
    m_playWhenLoaded = false;
    m_media.pause();
}

void Player::togglePlay()
{
    // A track still loading has been asked to play: a toggle then means pause, as it will once it sounds.
    const QMediaPlayer::MediaStatus status = m_media.mediaStatus();
    const bool loading =
        m_playWhenLoaded && (status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::LoadedMedia ||
                             status == QMediaPlayer::StalledMedia);
    if (isPlaying() || loading)
        pause();
    else
        play();
}

void Player::stop()
{
    m_playWhenLoaded = false;
    m_media.stop();
    // A cued track was already stopped to the medium: say it is no longer waiting to play.
    if (std::exchange(m_cued, false))
        emit playingChanged(false);
}

void Player::next()
{
    advance(false);
}

bool Player::advance(bool trackEnded)
{
    if (!m_queue.isEmpty()) {
        startQueued(0);
        return true;
    }
    const int row = m_order.next(m_playlist, trackEnded);
    if (row < 0)
        return false;
    playRow(row);
    return true;
}

bool Player::hasNext() const
{
    return !m_queue.isEmpty() || m_order.hasNext(m_playlist);
}

void Player::playQueued(int row)
{
    if (row < 0 || row >= m_queue.size())
        return;
    // Picked from the queue, not reached by Next: the song it interrupts was not turned down.
    reportListen(Listen::End::Interrupted);
    startQueued(row);
}

void Player::startQueued(int row)
{
    playRow(takeQueued(row));
}

int Player::takeQueued(int row)
{
    const PlaylistEntry entry = m_queue.at(row);
    m_queue.remove(row, 1);
    return m_playlist.bringUpNext(entry);
}

bool Player::cueFollowing()
{
    const int row = !m_queue.isEmpty() ? takeQueued(0) : m_order.next(m_playlist, true);
    if (row < 0)
        return false;
    cue(row, -1);
    return true;
}

void Player::setStopAfterCurrent(bool on)
{
    // Asked with no song at all, it would hold for whichever song came first, which nobody asked.
    on = on && m_track.has_value();
    if (on == m_stopAfterCurrent)
        return;
    m_stopAfterCurrent = on;
    emit stopAfterCurrentChanged(on);
}

void Player::playNext(std::vector<PlaylistEntry> entries)
{
    m_queue.insert(0, std::move(entries));
}

void Player::enqueue(std::vector<PlaylistEntry> entries)
{
    m_queue.insert(m_queue.size(), std::move(entries));
}

void Player::playNow(std::vector<PlaylistEntry> entries)
{
    if (entries.empty())
        return;
    m_queue.insert(0, std::move(entries));
    playQueued(0);
}

// The library scanned again while a song plays: it is known by its new path and tags from now on (the
// medium keeps the file it opened).
void Player::followRefreshedTrack()
{
    const int row = m_playlist.current();
    if (!m_track || m_track->id <= 0 || row < 0 || m_playlist.at(row).track.id != m_track->id)
        return;
    const Track& now = m_playlist.at(row).track;
    const bool shown = now.path != m_track->path || now.title != m_track->title ||
                       now.artist != m_track->artist || now.album != m_track->album;
    m_track = now;
    if (shown)
        emit trackChanged();
}

void Player::previous()
{
    // Asked before the way back is: a press that restarts the song must leave it as it was.
    if (position() > kRestartThresholdMs) {
        seek(0);
        return;
    }
    const int row = m_order.previous(m_playlist);
    if (row < 0) {
        seek(0);
        return;
    }
    std::optional<Track> from = m_track;
    // Going back to hear a song again says nothing against the one left.
    reportListen(Listen::End::Interrupted);
    playRow(row);
    m_goingBack = true;
    m_backFrom = std::move(from);
}

void Player::seekBy(qint64 deltaMs)
{
    if (!m_track)
        return;
    // Only the medium's own duration bounds the jump: the tags' may be wrong.
    const qint64 length = m_media.duration();
    const qint64 target = std::max<qint64>(0, position() + deltaMs);
    seek(length > 0 ? std::min(target, length - 1) : target);
}

void Player::setMuted(bool muted)
{
    if (muted == m_level.isMuted())
        return;
    m_level.setMuted(muted);
    emit mutedChanged(muted);
}

void Player::setShuffle(bool on)
{
    if (on == m_order.shuffle())
        return;
    m_order.setShuffle(on, m_playlist);
    emit shuffleChanged(on);
}

void Player::setRepeat(PlayOrder::Repeat repeat)
{
    if (repeat == m_order.repeat())
        return;
    m_order.setRepeat(repeat);
    emit repeatChanged(repeat);
}

void Player::cycleRepeat()
{
    const PlayOrder::Repeat now = m_order.repeat();
    setRepeat(now == PlayOrder::Repeat::Off   ? PlayOrder::Repeat::All
              : now == PlayOrder::Repeat::All ? PlayOrder::Repeat::One
                                              : PlayOrder::Repeat::Off);
}

void Player::seek(qint64 positionMs)
{
    positionMs = std::max<qint64>(0, positionMs);
    m_seek.setPending(positionMs);
    emit seeked(positionMs);
    // A cued song's medium opens on Play: nothing reports the new place before then, so say it here.
    if (m_media.source().isEmpty())
        emit positionChanged(positionMs);
    applyPendingSeek();
}

void Player::applyPendingSeek()
{
    m_seek.apply(); // a track silenced for the seek stays so until it has landed (onMediaPosition)
}

bool Player::endedEarly() const
{
    const qint64 length = duration();
    return m_earlyEnds < kMaxEarlyEndRetries && length > 0 && m_lastPosition + kEarlyEndMarginMs < length;
}

void Player::onMediaPosition(qint64 position)
{
    m_lastPosition = position;
    if (!m_seek.accepts(position))
        return;
    // Heard from where the seek landed, not from when it was sent: a seek that GStreamer drops on a busy
    // machine is sent again only half a second later, and that half second of the opening was heard.
    if (m_level.isSilenced() && m_seek.target() < 0)
        m_level.setSilenced(false);
    emit positionChanged(position);
}

void Player::setVolume(double volume)
{
    m_level.setVolume(volume);
    emit volumeChanged(m_level.volume());
}

void Player::setGainLookup(GainLookup lookup)
{
    m_gainLookup = std::move(lookup);
    refreshGain();
}

void Player::refreshGain()
{
    m_level.setGain(m_gainLookup && m_track ? m_gainLookup(*m_track) : 0.0);
}

void Player::reportListen(Listen::End end)
{
    if (!std::exchange(m_heard, false) || !m_track)
        return;
    emit listened({*m_track, m_lastPosition, duration(), end});
}

bool Player::isPlaying() const
{
    return m_media.playbackState() == QMediaPlayer::PlayingState;
}

qint64 Player::position() const
{
    const qint64 target = m_seek.target();
    return target >= 0 ? target : m_media.position();
}

qint64 Player::duration() const
{
    const qint64 known = m_media.duration();
    return known > 0 || !m_track ? known : m_track->durationMs;
}

void Player::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        applyPendingSeek();
        break;
    case QMediaPlayer::BufferingMedia:
        break;
    case QMediaPlayer::EndOfMedia:
        if (endedEarly()) {
            // GStreamer on a starved machine sometimes ends a track the moment it starts: play it again
            // from where it was, instead of skipping a song the user never heard.
            ++m_earlyEnds;
            m_seek.setPending(m_lastPosition > 0 ? m_lastPosition : -1);
            QMetaObject::invokeMethod(this, &Player::play, Qt::QueuedConnection);
            break;
        }
        m_failuresInARow = 0;
        onEnded();
        break;
    case QMediaPlayer::InvalidMedia:
        skipCurrent(PlaybackFault::ofMedium(m_media.error()));
        break;
    default:
        break;
    }
    if (status == QMediaPlayer::BufferedMedia && isPlaying()) {
        m_failuresInARow = 0;
        m_goingBack = false; // it plays: a later failure mid-song moves on as usual
        if (std::exchange(m_outputFailed, false))
            emit warningCleared();
    }
}

void Player::onEnded()
{
    // Still short after the retries: the file holds less than it says (cut by an interrupted copy).
    const QString cut = m_earlyEnds > 0 && m_lastPosition + kEarlyEndMarginMs < duration()
                            ? tr("“%1” stopped at %2 of %3: the file is cut short or damaged.")
                                  .arg(m_track->title, durationText(m_lastPosition), durationText(duration()))
                            : QString();
    reportListen(Listen::End::Finished);
    // After the backend has finished with the ended track: it stops its pipeline once this signal returns,
    // which would stop the next track too if that had already started.
    QMetaObject::invokeMethod(
        this,
        [this, cut] {
            const bool stopHere = m_stopAfterCurrent;
            const QString ended = m_track ? m_track->title : QString();
            if (stopHere && cueFollowing()) {
                const QString stopped =
                    tr("Stopped after “%1”, as asked: Play goes on with “%2”.").arg(ended, m_track->title);
                emit endReached(cut.isEmpty() ? stopped : cut + QLatin1Char(' ') + stopped);
                return;
            }
            setStopAfterCurrent(false);
            const bool more = (!stopHere && advance(true)) || m_playlist.isEmpty();
            if (more) {
                if (!cut.isEmpty())
                    emit skipped(cut);
                return;
            }
            m_atEnd = true;
            const QString end = m_order.shuffle()
                                    ? tr("End of the playlist: every song has played. Play starts a new "
                                         "shuffled round.")
                                    : tr("End of the playlist: Play starts it again from the top.");
            // One message: a second at once would hide the first.
            emit endReached(cut.isEmpty() ? end : cut + QLatin1Char(' ') + end);
        },
        Qt::QueuedConnection);
}

void Player::onError(QMediaPlayer::Error error, const QString& text)
{
    if (error == QMediaPlayer::NoError)
        return;
    qCInfo(lcPlayback) << "cannot play" << (m_track ? displayPath(m_track->path) : QString()) << ":" << text;
    skipCurrent(PlaybackFault::ofMedium(error));
}

void Player::skipCurrent(const QString& reason)
{
    if (!m_track || m_triage.isBusy())
        return;
    m_heard = false; // a track that could not be played was not turned down by the listener
    m_triage.report(m_track->path, reason, m_output.device());
}

void Player::stopForWantOfOutput()
{
    const qint64 at = position();
    qCWarning(lcPlayback) << "the sound output does not play: stopped at" << at << "ms of"
                          << displayPath(m_track->path);
    m_playWhenLoaded = false;
    m_media.setSource(QUrl());
    // Held as a seek, so that Play goes on from there: the empty medium has forgotten where it was. Only now,
    // for while it empties the medium passes through "loaded", which would send the seek to the old pipeline.
    m_seek.setPending(at > 0 ? at : -1);
    emit durationChanged(duration());
    emit positionChanged(position());
    if (!std::exchange(m_outputFailed, true))
        emit warning(tr("The sound output does not work (is the sound server running?), so playback stopped "
                        "here instead of skipping songs. Check the sound settings, then press Play."));
}

void Player::skipBecause(const QString& reason)
{
    emit skipped(tr("Skipped “%1”: %2").arg(m_track->title, reason));
    if (++m_failuresInARow >= std::max(1, m_playlist.size())) {
        m_failuresInARow = 0;
        m_playWhenLoaded = false;
        emit skipped(tr("Nothing in the playlist could be played."));
    }
}

void Player::moveOnAfterSkip()
{
    m_media.setSource(QUrl());
    if (!m_playWhenLoaded)
        return;
    // Past a song that cannot play in the direction the listener was going: forward again would land
    // on the song they had just left, through the ones that just failed.
    if (m_goingBack) {
        if (const int row = m_order.previous(m_playlist); row >= 0) {
            playRow(row);
            m_goingBack = true;
            return;
        }
        // Nothing further back plays: the song Previous was pressed on, again.
        m_failuresInARow = 0;
        if (const int row = m_backFrom ? m_playlist.rowOf(*m_backFrom) : -1; row >= 0)
            playRow(row);
        else
            stop();
        return;
    }
    advance(false);
}

} // namespace soundalike
