#pragma once

#include "ui/mpris/MprisPlaylistTypes.h"

#include <QDBusAbstractAdaptor>
#include <QHash>
#include <QStringList>
#include <QTimer>

namespace soundalike {

class MprisService;
class PlaylistHistory;
class PlaylistLibrary;

// org.mpris.MediaPlayer2.Playlists over the playlists saved in the library: how many, listed in the orders
// the specification names, the one showing now (ActivePlaylist), and ActivatePlaylist, which the service
// hands to the application to play. Changes are announced with PropertiesChanged, renames with
// PlaylistChanged.
class MprisPlaylistsAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Playlists")
    Q_PROPERTY(uint PlaylistCount READ playlistCount)
    Q_PROPERTY(QStringList Orderings READ orderings)
    Q_PROPERTY(soundalike::MprisMaybePlaylist ActivePlaylist READ activePlaylist)

public:
    MprisPlaylistsAdaptor(MprisService& service, PlaylistLibrary& library, PlaylistHistory& history);

    uint playlistCount() const;
    QStringList orderings() const;
    MprisMaybePlaylist activePlaylist() const;

public slots:
    void ActivatePlaylist(const QDBusObjectPath& playlistId);
    QList<soundalike::MprisPlaylist> GetPlaylists(uint index, uint maxCount, const QString& order,
                                                  bool reverseOrder);

signals:
    void PlaylistChanged(const soundalike::MprisPlaylist& playlist);

private:
    void announceChanges();

    MprisService& m_service;
    PlaylistLibrary& m_library;
    PlaylistHistory& m_history;
    QTimer m_announce;
    uint m_announcedCount = 0;
    std::int64_t m_announcedActive = 0;
    QHash<std::int64_t, QString> m_names; // as last announced, to tell renames
};

} // namespace soundalike
