#pragma once

#include "core/playlists/PlaylistFileEntry.h"

#include <QByteArray>

#include <vector>

namespace soundalike {

enum class M3uPathStyle
{
    Auto,     // relative for tracks inside the playlist's folder, absolute for the others
    Absolute, // always absolute
    Relative, // always relative to the playlist's folder, climbing out with "../" where needed
};

// Writes extended M3U: #EXTM3U, then "#EXTINF:seconds,Artist - Title" and the location for each entry.
// Text is UTF-8 for .m3u and .m3u8 alike (see docs in the .cpp); file names are written as their raw bytes
// so every name, UTF-8 or not, opens again on this computer; a name with a line break is written as a file
// URL.
class M3uWriter
{
public:
    explicit M3uWriter(M3uPathStyle style = M3uPathStyle::Auto) : m_style(style) {}

    // The file's bytes for a playlist that will live at `playlistPath`. Pure apart from the current folder,
    // which relative paths given here are taken against.
    QByteArray render(const FilePath& playlistPath, const std::vector<PlaylistFileEntry>& entries) const;
    // Writes atomically (temporary file, then rename); throws std::runtime_error on failure.
    void write(const FilePath& playlistPath, const std::vector<PlaylistFileEntry>& entries) const;

private:
    FilePath location(const FilePath& track, const FilePath& folder) const;

    M3uPathStyle m_style;
};

} // namespace soundalike
