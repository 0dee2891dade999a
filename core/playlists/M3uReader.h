#pragma once

#include "core/playlists/M3uParser.h"
#include "core/playlists/PlaylistFileEntry.h"

#include <QString>

#include <vector>

namespace soundalike {

// An entry of a playlist that does not lead to a file on this computer.
struct M3uMissingEntry
{
    int line = 0;
    QString location; // as written in the playlist
    QString reason;
    // What its #EXTINF line said (empty, -1: nothing), by which a library may still know the song.
    QString artist;
    QString title;
    int durationSeconds = -1;
};

struct M3uReadResult
{
    std::vector<PlaylistFileEntry> entries;
    std::vector<M3uMissingEntry> missing;
};

// Reads an M3U/M3U8 file and finds its entries on disk: relative paths against the playlist's own folder,
// Windows separators and names in Windows code pages tried as well. Entries that lead nowhere are reported,
// not fatal.
class M3uReader
{
public:
    // Throws std::runtime_error when the playlist itself cannot be read.
    static M3uReadResult read(const FilePath& playlistPath);
    // The file-system half alone, for a document already parsed from `playlistPath`'s bytes.
    static M3uReadResult resolve(const M3uDocument& document, const FilePath& playlistPath);

    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
};

} // namespace soundalike
