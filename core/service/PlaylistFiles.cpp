#include "core/service/PlaylistFiles.h"

#include <QCoreApplication>

namespace soundalike {

namespace {

QString notConnected()
{
    return QCoreApplication::translate(
        "PlaylistFiles",
        "M3U playlists are not available in this build yet (core/playlists is not connected).");
}

} // namespace

// INTEGRATION POINT (issue 5): core/playlists' M3U writer answers this.
QString PlaylistFiles::save(const QString& file, const std::vector<PlaylistEntry>& entries, Paths paths)
{
    Q_UNUSED(file);
    Q_UNUSED(entries);
    Q_UNUSED(paths);
    return notConnected();
}

// INTEGRATION POINT (issue 5): core/playlists' M3U reader answers this.
PlaylistFiles::Loaded PlaylistFiles::load(const QString& file)
{
    Q_UNUSED(file);
    return {{}, {}, notConnected()};
}

} // namespace soundalike
