#include "ui/mpris/MprisPlaylistTypes.h"

#include <QDBusMetaType>

namespace soundalike {

namespace {

const QString kPathPrefix = QStringLiteral("/io/github/soundalike/Soundalike/playlist/");

} // namespace

QDBusObjectPath MprisPlaylist::pathOf(std::int64_t id)
{
    return QDBusObjectPath(kPathPrefix + QString::number(id));
}

std::int64_t MprisPlaylist::idOf(const QDBusObjectPath& path)
{
    const QString text = path.path();
    if (!text.startsWith(kPathPrefix))
        return 0;
    bool ok = false;
    const std::int64_t id = text.mid(kPathPrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void registerMprisPlaylistTypes()
{
    qDBusRegisterMetaType<MprisPlaylist>();
    qDBusRegisterMetaType<QList<MprisPlaylist>>();
    qDBusRegisterMetaType<MprisMaybePlaylist>();
}

QDBusArgument& operator<<(QDBusArgument& argument, const MprisPlaylist& playlist)
{
    argument.beginStructure();
    argument << playlist.id << playlist.name << playlist.icon;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, MprisPlaylist& playlist)
{
    argument.beginStructure();
    argument >> playlist.id >> playlist.name >> playlist.icon;
    argument.endStructure();
    return argument;
}

QDBusArgument& operator<<(QDBusArgument& argument, const MprisMaybePlaylist& maybe)
{
    argument.beginStructure();
    argument << maybe.valid << maybe.playlist;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, MprisMaybePlaylist& maybe)
{
    argument.beginStructure();
    argument >> maybe.valid >> maybe.playlist;
    argument.endStructure();
    return argument;
}

} // namespace soundalike
