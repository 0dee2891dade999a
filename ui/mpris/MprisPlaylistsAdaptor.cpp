#include "ui/mpris/MprisPlaylistsAdaptor.h"

#include "core/playback/PlaylistHistory.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "ui/mpris/MprisService.h"

#include <QDBusMetaType>
#include <QVariantMap>

#include <algorithm>

namespace soundalike {

namespace {

const QString kInterface = QStringLiteral("org.mpris.MediaPlayer2.Playlists");
const QString kAlphabetical = QStringLiteral("Alphabetical");
const QString kCreationDate = QStringLiteral("CreationDate");
const QString kModifiedDate = QStringLiteral("ModifiedDate");

MprisPlaylist described(const StoredPlaylist& playlist)
{
    return {MprisPlaylist::pathOf(playlist.id), playlist.name, QString()};
}

} // namespace

MprisPlaylistsAdaptor::MprisPlaylistsAdaptor(MprisService& service, PlaylistLibrary& library,
                                             PlaylistHistory& history)
    : QDBusAbstractAdaptor(&service), m_service(service), m_library(library), m_history(history)
{
    registerMprisPlaylistTypes();
    m_announce.setSingleShot(true);
    m_announce.setInterval(0);
    connect(&m_announce, &QTimer::timeout, this, &MprisPlaylistsAdaptor::announceChanges);
    connect(&m_library, &PlaylistLibrary::changed, &m_announce, qOverload<>(&QTimer::start));
    connect(&m_history, &PlaylistHistory::changed, &m_announce, qOverload<>(&QTimer::start));
    m_announcedCount = playlistCount();
    m_announcedActive = activePlaylist().valid ? m_history.origin().savedId : 0;
    for (const StoredPlaylist& p : m_library.playlists())
        m_names.insert(p.id, p.name);
}

uint MprisPlaylistsAdaptor::playlistCount() const
{
    return uint(m_library.playlists().size());
}

QStringList MprisPlaylistsAdaptor::orderings() const
{
    return {kAlphabetical, kCreationDate, kModifiedDate};
}

MprisMaybePlaylist MprisPlaylistsAdaptor::activePlaylist() const
{
    const StoredPlaylist* showing = m_library.find(m_history.origin().savedId);
    return showing ? MprisMaybePlaylist{true, described(*showing)} : MprisMaybePlaylist();
}

void MprisPlaylistsAdaptor::ActivatePlaylist(const QDBusObjectPath& playlistId)
{
    // An id no saved playlist has (deleted meanwhile) is ignored, as a stale SetPosition is.
    if (const std::int64_t id = MprisPlaylist::idOf(playlistId); m_library.find(id))
        emit m_service.playlistActivationRequested(id);
}

QList<MprisPlaylist> MprisPlaylistsAdaptor::GetPlaylists(uint index, uint maxCount, const QString& order,
                                                         bool reverseOrder)
{
    // The library lists them alphabetically; the dates sort a copy, oldest first, as the specification asks.
    std::vector<StoredPlaylist> playlists = m_library.playlists();
    if (order == kCreationDate || order == kModifiedDate) {
        const bool created = order == kCreationDate;
        std::stable_sort(playlists.begin(), playlists.end(), [created](const auto& a, const auto& b) {
            return created ? std::pair(a.createdAt, a.id) < std::pair(b.createdAt, b.id)
                           : std::pair(a.updatedAt, a.id) < std::pair(b.updatedAt, b.id);
        });
    }
    if (reverseOrder)
        std::reverse(playlists.begin(), playlists.end());
    QList<MprisPlaylist> page;
    for (std::size_t i = index; i < playlists.size() && uint(page.size()) < maxCount; ++i)
        page << described(playlists[i]);
    return page;
}

void MprisPlaylistsAdaptor::announceChanges()
{
    QVariantMap changed;
    if (const uint count = playlistCount(); count != m_announcedCount) {
        m_announcedCount = count;
        changed.insert(QStringLiteral("PlaylistCount"), count);
    }
    const MprisMaybePlaylist active = activePlaylist();
    const std::int64_t activeId = active.valid ? MprisPlaylist::idOf(active.playlist.id) : 0;
    QHash<std::int64_t, QString> names;
    for (const StoredPlaylist& p : m_library.playlists()) {
        const auto known = m_names.constFind(p.id);
        if (known != m_names.constEnd() && *known != p.name) {
            emit PlaylistChanged(described(p));
            if (p.id == activeId)
                m_announcedActive = -1; // its name is part of ActivePlaylist
        }
        names.insert(p.id, p.name);
    }
    m_names = std::move(names);
    if (activeId != m_announcedActive) {
        m_announcedActive = activeId;
        changed.insert(QStringLiteral("ActivePlaylist"), QVariant::fromValue(active));
    }
    if (!changed.isEmpty())
        m_service.notifyPropertiesChanged(kInterface, changed);
}

} // namespace soundalike
