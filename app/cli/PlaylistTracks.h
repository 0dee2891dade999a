#pragma once

#include "core/common/Track.h"
#include "core/playlists/PlaylistFileEntry.h"

#include <optional>

namespace soundalike {
class TrackStore;
}

namespace soundalike::cli {

// Connects playlist entries with the library: what a user names on the command line (a track id or a file)
// becomes an entry, and an entry read from a playlist finds its library track.
class PlaylistTracks
{
public:
    explicit PlaylistTracks(TrackStore& store) : m_store(store) {}

    // A track id (digits only; write ./123 for a file named 123) or a file path, in the library or not.
    // Throws std::runtime_error for an unknown id or a file that does not exist.
    PlaylistFileEntry entryFor(const FilePath& argument);
    // The library track stored under `path`, or under the path its symlinks resolve to.
    std::optional<Track> libraryTrack(const FilePath& path);

    static PlaylistFileEntry entryFor(const TrackInfo& track);

private:
    PlaylistFileEntry entryForFile(const FilePath& argument);

    TrackStore& m_store;
};

} // namespace soundalike::cli
