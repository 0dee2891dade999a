#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace soundalike {

class Player;
class Playlist;
class PlaylistHistory;
class PlaylistLibrary;

// Soundalike on the session bus as an MPRIS2 media player, so media keys, desktop media widgets and
// playerctl control it. Owns the adaptors (org.mpris.MediaPlayer2, its .Player interface and, when added,
// .Playlists) and asks the application, through signals, for what only the window can do.
class MprisService : public QObject
{
    Q_OBJECT

public:
    static const QString kObjectPath;
    static const QString kServiceName;

    MprisService(Player& player, Playlist& playlist, QObject* parent = nullptr);
    ~MprisService() override;

    // Takes the MPRIS name on `bus` (the session bus), or a per-process one (kServiceName + ".instance<pid>",
    // as the specification says) while another Soundalike, on another library, holds it. False, quietly, when
    // the bus is not connected.
    bool registerOn(const QDBusConnection& bus);
    // Adds org.mpris.MediaPlayer2.Playlists over the library's saved playlists. Before registerOn().
    void addPlaylists(PlaylistLibrary& library, PlaylistHistory& history);
    // The name taken, empty when not registered.
    const QString& serviceName() const { return m_serviceName; }

    // org.freedesktop.DBus.Properties.PropertiesChanged: Qt sends it for no adaptor by itself.
    void notifyPropertiesChanged(const QString& interface, const QVariantMap& changed) const;

signals:
    void raiseRequested();
    void quitRequested();
    // OpenUri: a file:// URL (or, for a client that ignores SupportedUriSchemes, anything else).
    void openRequested(const QString& uri);
    // Playlists.ActivatePlaylist: play the saved playlist with this id.
    void playlistActivationRequested(qint64 id);

private:
    std::unique_ptr<QDBusConnection> m_bus;
    QString m_serviceName;
};

} // namespace soundalike
