#pragma once

#include "core/service/PlaylistTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike {

// Playlist files (M3U and M3U8) as the application uses them: save a playlist, read the track paths of
// one. Both run on the calling thread; call them off the GUI thread.
class PlaylistFiles
{
public:
    enum class Paths
    {
        Relative, // relative to the playlist's folder when the tracks are below it
        Absolute
    };

    struct Loaded
    {
        QStringList trackPaths;
        QStringList problems; // entries that were skipped, and why
        QString error;        // the file as a whole could not be read
    };

    // Returns an error message, empty on success.
    static QString save(const QString& file, const std::vector<PlaylistEntry>& entries, Paths paths);
    static Loaded load(const QString& file);
};

} // namespace soundalike
