#pragma once

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace soundalike {

// A playlist as org.mpris.MediaPlayer2.Playlists names it: the D-Bus struct (oss) of id, name and icon.
struct MprisPlaylist
{
    QDBusObjectPath id{QStringLiteral("/")}; // "/": none, a valid path all the same
    QString name;
    QString icon; // a URI; empty: none

    // Stable for a saved playlist, and different for each.
    static QDBusObjectPath pathOf(std::int64_t id);
    // The saved playlist's id, 0 for a path not made by pathOf().
    static std::int64_t idOf(const QDBusObjectPath& path);
};

// ActivePlaylist's (b(oss)): whether a saved playlist is showing, and which.
struct MprisMaybePlaylist
{
    bool valid = false;
    MprisPlaylist playlist;
};

// Before any of these crosses the bus, or is introspected.
void registerMprisPlaylistTypes();

QDBusArgument& operator<<(QDBusArgument& argument, const MprisPlaylist& playlist);
const QDBusArgument& operator>>(const QDBusArgument& argument, MprisPlaylist& playlist);
QDBusArgument& operator<<(QDBusArgument& argument, const MprisMaybePlaylist& maybe);
const QDBusArgument& operator>>(const QDBusArgument& argument, MprisMaybePlaylist& maybe);

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::MprisPlaylist)
Q_DECLARE_METATYPE(soundalike::MprisMaybePlaylist)
