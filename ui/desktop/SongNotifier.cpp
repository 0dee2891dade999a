#include "ui/desktop/SongNotifier.h"

#include "core/common/DesktopId.h"
#include "core/common/Logging.h"
#include "core/playback/Player.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace soundalike {

namespace {

constexpr int kCoverWaitMs = 400;
// Action keys: the specification's click on the notification, and icon names (servers that honour
// "action-icons" show the icon instead of the label).
const QString kDefaultAction = QStringLiteral("default");
const QString kPauseAction = QStringLiteral("media-playback-pause");
const QString kNextAction = QStringLiteral("media-skip-forward");

QString bodyOf(const Track& track)
{
    QStringList parts;
    for (const QString& part : {track.artist, track.album}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    // Servers that take markup in the body would read a "&" or "<" in a name as markup.
    return parts.join(QStringLiteral(" — ")).toHtmlEscaped();
}

} // namespace

SongNotifier::SongNotifier(Player& player, std::function<bool()> wanted, QDBusConnection bus, QObject* parent)
    : QObject(parent), m_player(player), m_wanted(std::move(wanted)), m_bus(std::move(bus))
{
    m_coverWait.setSingleShot(true);
    m_coverWait.setInterval(kCoverWaitMs);
    connect(&m_coverWait, &QTimer::timeout, this, &SongNotifier::send);
    connect(&m_cover, &CoverArtFile::changed, this, [this] {
        if (m_coverWait.isActive() && !m_cover.url().isEmpty()) {
            m_coverWait.stop();
            send();
        }
    });
    connect(&m_player, &Player::playingChanged, this, &SongNotifier::onPlaying);
    m_bus.connect(QString(), QStringLiteral("/org/freedesktop/Notifications"),
                  QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"), this,
                  SLOT(onAction(uint, QString)));
}

void SongNotifier::onAction(uint id, const QString& key)
{
    // Another program's notification, or one of ours a later song has replaced.
    if (id == 0 || id != m_id)
        return;
    if (key == kDefaultAction)
        emit raiseRequested();
    else if (key == kPauseAction)
        m_player.pause();
    else if (key == kNextAction)
        m_player.next();
}

void SongNotifier::onPlaying(bool playing)
{
    const std::optional<Track>& track = m_player.track();
    if (!playing || !track || track->path == m_told)
        return;
    m_told = track->path;
    if (!m_wanted()) {
        qCDebug(lcUi) << "Song not told to the desktop: turned off, or the window is in front";
        m_coverWait.stop();
        return;
    }
    m_cover.show(track->path);
    m_coverWait.start();
}

void SongNotifier::send()
{
    const std::optional<Track>& track = m_player.track();
    if (!track || track->path != m_told)
        return;
    QVariantMap hints{{QStringLiteral("desktop-entry"), desktopId()},
                      {QStringLiteral("transient"), true},
                      {QStringLiteral("suppress-sound"), true},
                      {QStringLiteral("category"), QStringLiteral("x-soundalike.song")},
                      {QStringLiteral("action-icons"), true}};
    if (const QUrl cover = m_cover.url(); !cover.isEmpty())
        hints.insert(QStringLiteral("image-path"), cover.toString());
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QStringList actions{kDefaultAction, tr("Show Soundalike"), kPauseAction, tr("Pause")};
    // At the last song Next would go nowhere, as the Next button is greyed there.
    if (m_player.hasNext())
        actions << kNextAction << tr("Next");
    call << QStringLiteral("Soundalike") << m_id << desktopId() << track->title << bodyOf(*track) << actions
         << hints << -1;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* done) {
        done->deleteLater();
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError())
            qCDebug(lcUi) << "No song notification:" << reply.error().message();
        else
            m_id = reply.value();
    });
}

} // namespace soundalike
