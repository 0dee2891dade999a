#pragma once

#include "core/common/PlaylistEntry.h"
#include "core/service/PlaylistFiles.h"
#include "core/service/PlaylistRequest.h"
#include "core/storage/PlaylistStore.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// A saved playlist with its songs as the player takes them. A song whose file is not there now (an
// unmounted drive, a deleted file) is kept, with available = false; it is the library's track again once
// the file is back.
struct SavedPlaylist
{
    StoredPlaylist info;
    std::vector<PlaylistEntry> entries;
    // What it was generated from, seeds resolved against the library now; none for a playlist that was not
    // generated.
    std::optional<PlaylistRequest> recipe;
};

// A playlist file read and saved under a name.
struct ImportedPlaylist
{
    PlaylistFiles::Read read;
    std::int64_t id = 0;
};

// A fresh mix of a generated playlist, already saved in place of its songs.
struct RegeneratedPlaylist
{
    SavedPlaylist playlist;
    QStringList notes; // what the generator said (rules relaxed, fewer songs than asked)
};

// Named playlists in the library, for both front ends: listed, created from a playlist (with the recipe of
// a generated one), renamed, duplicated, deleted, reordered, read from an M3U file, made afresh from their
// recipe. On the calling thread with its own database connection: off the GUI thread. Throws
// std::runtime_error with a message fit for a person (a name in use, an unknown playlist).
class SavedPlaylists
{
public:
    explicit SavedPlaylists(QString databasePath);
    ~SavedPlaylists();

    // Every playlist with its counts, in the order a person looks for a name (case and numbers as people
    // sort them).
    [[nodiscard]] std::vector<StoredPlaylist> list();
    // Moves whenever another connection writes to the library (the command line saving a playlist while the
    // window is open), never for this one's own writes.
    [[nodiscard]] std::int64_t libraryVersion();
    // A playlist by its name, or by its id when `nameOrId` is digits and no playlist has that name.
    [[nodiscard]] std::optional<StoredPlaylist> find(const QString& nameOrId);
    [[nodiscard]] SavedPlaylist load(std::int64_t id);

    // Saves `entries` as a new playlist named `name`, or, with `replace`, in place of the songs (and recipe)
    // of the playlist already of that name. `recipe` (seeds included) makes it a generated playlist.
    [[nodiscard]] std::int64_t save(const QString& name, const std::vector<PlaylistEntry>& entries,
                                    const std::optional<PlaylistRequest>& recipe = {}, bool replace = false);
    void rename(std::int64_t id, const QString& name);
    // A copy named "<name> 2" (or the next number free); returns its id.
    [[nodiscard]] std::int64_t duplicate(std::int64_t id);
    void remove(std::int64_t id);
    // The songs in a new order, or some removed or added: the whole list as it is now.
    void setEntries(std::int64_t id, const std::vector<PlaylistEntry>& entries);

    // Reads `file` (PlaylistFiles::read, as `import` does) and saves the songs it found as `name`.
    [[nodiscard]] ImportedPlaylist importFile(const FilePath& file, const QString& name,
                                              bool replace = false);
    // A fresh mix from the recipe of a generated playlist (a new `randomSeed`), saved as its songs.
    [[nodiscard]] RegeneratedPlaylist regenerate(std::int64_t id, std::uint64_t randomSeed,
                                                 const std::vector<std::int64_t>& excluded = {});

    // `name` as it is stored: blanks trimmed and runs of them (line breaks too) made one space. Throws for a
    // name that is empty or too long.
    [[nodiscard]] static QString cleanName(const QString& name);
    // `base` itself when free, else "<base> 2", "<base> 3"…
    [[nodiscard]] QString freeName(const QString& base);

private:
    Database& db();
    StoredPlaylist require(std::int64_t id);
    std::vector<StoredEntry> stored(const std::vector<PlaylistEntry>& entries);
    std::vector<PlaylistEntry> entriesOf(std::int64_t id);
    std::optional<PlaylistRequest> recipeOf(const StoredPlaylist& playlist);
    void writeRecipe(std::int64_t id, const std::optional<PlaylistRequest>& recipe);

    QString m_databasePath;
    std::unique_ptr<Database> m_db;
};

} // namespace soundalike
