#pragma once

#include "core/common/FilePath.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// A saved playlist as the list of them shows it.
struct StoredPlaylist
{
    std::int64_t id = 0;
    QString name;
    QJsonObject recipe;         // the generator's options; empty for a playlist that was not generated
    std::int64_t createdAt = 0; // seconds since the epoch
    std::int64_t updatedAt = 0;
    int tracks = 0;
    int unavailable = 0; // entries whose file is not there now (an unmounted drive, a deleted file)
    std::int64_t durationMs = 0;

    bool generated() const { return !recipe.isEmpty(); }
    bool operator==(const StoredPlaylist&) const = default;
};

// One song of a saved playlist: the library track it is now, and what it was saved as.
struct StoredEntry
{
    std::int64_t trackId = 0; // by the id it was saved with, else by its path; 0 when the library has neither
    FilePath path;
    QString title;
    QString artist;
    int durationMs = 0;
    double similarity = -1; // to its seed, for a generated entry; negative when not known
    std::int64_t seedId = 0;
    QString why;
    double match = -1; // on the library's own scale when saved (the Match column); negative when not known
};

// A seed of a generated playlist: the library track it is now (by id, else by path), 0 when none.
struct StoredSeed
{
    std::int64_t trackId = 0;
    FilePath path;
};

// Named playlists and their entries. An entry keeps its path and tags beside the track id, so it outlives
// its track row and finds the track again by path when one is back. Callers batch writes in a Transaction.
class PlaylistStore
{
public:
    explicit PlaylistStore(Database& db) : m_db(db) {}

    // Every playlist with its counts, by id.
    [[nodiscard]] std::vector<StoredPlaylist> all();
    [[nodiscard]] std::optional<StoredPlaylist> find(std::int64_t id);
    [[nodiscard]] std::optional<std::int64_t> idOf(const QString& name);

    [[nodiscard]] std::int64_t add(const QString& name, const QJsonObject& recipe);
    void rename(std::int64_t id, const QString& name);
    void remove(std::int64_t id);
    void setRecipe(std::int64_t id, const QJsonObject& recipe, const std::vector<StoredSeed>& seeds);
    // Replaces every entry, in this order.
    void setEntries(std::int64_t id, const std::vector<StoredEntry>& entries);

    [[nodiscard]] std::vector<StoredEntry> entries(std::int64_t id);
    [[nodiscard]] std::vector<StoredSeed> seeds(std::int64_t id);

private:
    void touch(std::int64_t id);

    Database& m_db;
};

} // namespace soundalike
