#pragma once

#include "core/common/Track.h"
#include "core/playlists/M3uReader.h"
#include "core/playlists/M3uWriter.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace soundalike {

class LibraryQueries;

// Playlist files (M3U and M3U8) as both front ends use them: tracks written out, playlists read back and
// matched with the library. Paths stay raw bytes throughout. On the calling thread: call it off the GUI
// thread. Throws std::runtime_error when a file cannot be written or read as a whole.
class PlaylistFiles
{
public:
    // One entry of a playlist read back, with its library track when the library has the file, else the
    // file's own tags (read once, to know it is audio).
    struct Entry
    {
        PlaylistFileEntry entry;
        std::optional<Track> track;
        PlaylistFileEntry tagged;
    };

    struct Read
    {
        std::vector<Entry> entries;
        std::vector<M3uMissingEntry> missing; // entries that lead to no file on this computer
        [[nodiscard]] std::vector<FilePath> paths() const;
        // One line per missing entry, for a status bar.
        [[nodiscard]] QStringList problems() const;
    };

    explicit PlaylistFiles(QString databasePath);
    ~PlaylistFiles();

    [[nodiscard]] static bool isPlaylistName(const FilePath& path);
    static void write(const FilePath& playlist, const std::vector<PlaylistFileEntry>& entries,
                      M3uPathStyle style);
    static void write(const FilePath& playlist, const std::vector<Track>& tracks, M3uPathStyle style);
    // What a person names for a playlist: a track id (digits only; ./123 for a file named 123) or a file, in
    // the library or not. Throws for an unknown id or a file that does not exist.
    [[nodiscard]] PlaylistFileEntry entryFor(const FilePath& trackOrId);
    [[nodiscard]] Read read(const FilePath& playlist);

private:
    std::optional<Track> libraryTrack(const FilePath& path);
    void findByName(Read& read);

    std::unique_ptr<LibraryQueries> m_library;
};

} // namespace soundalike
