#include "ui/mpris/MprisPlayerAdaptor.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "ui/mpris/CoverArtFile.h"
#include "ui/mpris/LyricsText.h"
#include "ui/mpris/MprisMetadata.h"
#include "ui/mpris/MprisService.h"

#include <algorithm>

namespace soundalike {

namespace {

constexpr qint64 kMicrosPerMilli = 1000;

} // namespace

MprisPlayerAdaptor::MprisPlayerAdaptor(MprisService& service, Player& player, Playlist& playlist)
    : QDBusAbstractAdaptor(&service), m_service(service), m_player(player), m_playlist(playlist),
      m_cover(new CoverArtFile(this)), m_lyrics(new LyricsText(this))
{
    // One message for the burst of signals a track change makes (track, duration, state, current row).
    m_announce.setSingleShot(true);
    m_announce.setInterval(0);
    connect(&m_announce, &QTimer::timeout, this, &MprisPlayerAdaptor::announceChanges);
    const auto changed = [this] { m_announce.start(); };
    connect(&m_player, &Player::trackChanged, this, [this] {
        showExtras();
        m_announce.start();
    });
    connect(&m_player, &Player::playingChanged, this, changed);
    connect(&m_player, &Player::durationChanged, this, changed);
    connect(&m_player, &Player::volumeChanged, this, changed);
    connect(&m_player, &Player::shuffleChanged, this, changed);
    connect(&m_player, &Player::repeatChanged, this, changed);
    connect(&m_player, &Player::seeked, this,
            [this](qint64 positionMs) { emit Seeked(positionMs * kMicrosPerMilli); });
    connect(&m_playlist, &Playlist::currentChanged, this, changed);
    connect(&m_playlist, &Playlist::reset, this, changed);
    connect(&m_playlist, &Playlist::inserted, this, changed);
    connect(&m_playlist, &Playlist::removed, this, changed);
    connect(&m_playlist, &Playlist::moved, this, changed);
    connect(&m_player.queue(), &Playlist::inserted, this, changed);
    connect(&m_player.queue(), &Playlist::removed, this, changed);
    connect(&m_player.queue(), &Playlist::reset, this, changed);
    connect(m_cover, &CoverArtFile::changed, this, changed);
    connect(m_lyrics, &LyricsText::changed, this, changed);
    if (m_player.track())
        showExtras();
    m_announced = announcedProperties();
}

void MprisPlayerAdaptor::showExtras()
{
    if (!m_player.track()) {
        m_cover->clear();
        m_lyrics->show({});
        return;
    }
    m_cover->show(m_player.track()->path);
    m_lyrics->show(m_player.track()->path);
}

QString MprisPlayerAdaptor::playbackStatus() const
{
    switch (m_player.playbackState()) {
    case QMediaPlayer::PlayingState:
        return QStringLiteral("Playing");
    case QMediaPlayer::PausedState:
        return QStringLiteral("Paused");
    case QMediaPlayer::StoppedState:
        break;
    }
    return m_player.isCued() ? QStringLiteral("Paused") : QStringLiteral("Stopped");
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    const std::optional<Track>& track = m_player.track();
    return track ? MprisMetadata::of(*track, m_player.duration(), m_cover->url(), m_lyrics->text())
                 : QVariantMap();
}

double MprisPlayerAdaptor::volume() const
{
    return m_player.volume();
}

void MprisPlayerAdaptor::setVolume(double volume)
{
    // Above 1.0 is allowed by the specification for players that amplify; this one does not.
    m_player.setVolume(std::clamp(volume, 0.0, 1.0));
}

qlonglong MprisPlayerAdaptor::position() const
{
    return m_player.track() ? m_player.position() * kMicrosPerMilli : 0;
}

bool MprisPlayerAdaptor::canGoNext() const
{
    return m_player.hasNext();
}

bool MprisPlayerAdaptor::canGoPrevious() const
{
    return m_player.hasPrevious();
}

bool MprisPlayerAdaptor::canPlay() const
{
    return m_player.track().has_value() || !m_playlist.isEmpty();
}

bool MprisPlayerAdaptor::canSeek() const
{
    return m_player.track().has_value() && m_player.duration() > 0;
}

bool MprisPlayerAdaptor::shuffle() const
{
    return m_player.shuffle();
}

void MprisPlayerAdaptor::setShuffle(bool on)
{
    m_player.setShuffle(on);
}

QString MprisPlayerAdaptor::loopStatus() const
{
    switch (m_player.repeat()) {
    case PlayOrder::Repeat::One:
        return QStringLiteral("Track");
    case PlayOrder::Repeat::All:
        return QStringLiteral("Playlist");
    case PlayOrder::Repeat::Off:
        break;
    }
    return QStringLiteral("None");
}

void MprisPlayerAdaptor::setLoopStatus(const QString& status)
{
    // Anything else is not a loop status; the specification leaves it unanswered.
    if (status == QLatin1String("Track"))
        m_player.setRepeat(PlayOrder::Repeat::One);
    else if (status == QLatin1String("Playlist"))
        m_player.setRepeat(PlayOrder::Repeat::All);
    else if (status == QLatin1String("None"))
        m_player.setRepeat(PlayOrder::Repeat::Off);
}

void MprisPlayerAdaptor::Next()
{
    m_player.next();
}

void MprisPlayerAdaptor::Previous()
{
    m_player.previous();
}

void MprisPlayerAdaptor::Pause()
{
    m_player.pause();
}

void MprisPlayerAdaptor::PlayPause()
{
    m_player.togglePlay();
}

void MprisPlayerAdaptor::Stop()
{
    m_player.stop();
}

void MprisPlayerAdaptor::Play()
{
    m_player.play();
}

void MprisPlayerAdaptor::Seek(qlonglong offset)
{
    if (!canSeek())
        return;
    const qint64 target = m_player.position() + offset / kMicrosPerMilli;
    // Past the end means the next track, as the specification says.
    if (target >= m_player.duration())
        m_player.next();
    else
        m_player.seek(std::max<qint64>(0, target));
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath& trackId, qlonglong position)
{
    // A request about a track that has stopped playing meanwhile is stale, and ignored.
    if (!canSeek() || trackId != MprisMetadata::trackId(*m_player.track()))
        return;
    const qint64 target = position / kMicrosPerMilli;
    if (target >= 0 && target <= m_player.duration())
        m_player.seek(target);
}

void MprisPlayerAdaptor::OpenUri(const QString& uri)
{
    emit m_service.openRequested(uri);
}

QVariantMap MprisPlayerAdaptor::announcedProperties() const
{
    // Position is left out on purpose: clients extrapolate it from PlaybackStatus and Seeked.
    return {{QStringLiteral("PlaybackStatus"), playbackStatus()},
            {QStringLiteral("Metadata"), metadata()},
            {QStringLiteral("Volume"), volume()},
            {QStringLiteral("Shuffle"), shuffle()},
            {QStringLiteral("LoopStatus"), loopStatus()},
            {QStringLiteral("CanGoNext"), canGoNext()},
            {QStringLiteral("CanGoPrevious"), canGoPrevious()},
            {QStringLiteral("CanPlay"), canPlay()},
            {QStringLiteral("CanPause"), canPause()},
            {QStringLiteral("CanSeek"), canSeek()}};
}

void MprisPlayerAdaptor::announceChanges()
{
    const QVariantMap now = announcedProperties();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_announced.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    m_announced = now;
    if (!changed.isEmpty())
        m_service.notifyPropertiesChanged(QStringLiteral("org.mpris.MediaPlayer2.Player"), changed);
}

} // namespace soundalike
