#pragma once

#include "core/common/Track.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// A track row as the scanner needs it to decide what changed.
struct KnownFile
{
    std::int64_t id = 0;
    FilePath path;
    FileStamp stamp;
    bool available = true;
    int tagsVersion = 0;
    std::int64_t audioSignature = 0;
};

struct TrackQuery
{
    QString artist;                    // case-insensitive substring of artist or album artist
    std::optional<QStringList> genres; // tracks with any of these genres (case-insensitive); none: any genre
    bool availableOnly = false;
    int limit = -1;
};

struct LibraryStats
{
    int tracks = 0;
    int unavailable = 0;
    int artists = 0;
    int albums = 0;
    int genres = 0;
    int problems = 0;
    int analysed = 0;
    std::int64_t totalDurationMs = 0;
    std::int64_t totalBytes = 0;
};

// Typed access to tracks and their genres. Callers batch writes in a Transaction.
class TrackStore
{
public:
    explicit TrackStore(Database& db) : m_db(db) {}

    std::vector<KnownFile> filesUnder(const FilePath& folder);
    // folderId 0 stores a track that belongs to no library folder (a single file added by hand).
    std::int64_t insert(const TrackInfo& info, std::int64_t folderId);
    void update(std::int64_t id, const TrackInfo& info);
    // Rows below `folder` that look identical (size, duration, tags) to `info`: candidates for a moved file.
    std::vector<std::int64_t> lookalikes(const TrackInfo& info, const FilePath& folder);
    void remove(std::int64_t id);
    void setAvailable(std::int64_t id, bool available);
    void setAvailableUnder(const FilePath& folder, bool available);

    int count();
    std::optional<Track> track(std::int64_t id);
    std::optional<Track> trackByPath(const FilePath& path);
    std::vector<Track> find(const TrackQuery& query);
    // The distinct genres the library's tracks carry, as first spelled.
    [[nodiscard]] QStringList genreNames();
    // Every track with its genres, in no particular order: the fast path for loading a whole library.
    std::vector<Track> all();
    LibraryStats stats();

private:
    void writeGenres(std::int64_t trackId, const QStringList& genres);
    std::int64_t genreId(const QString& name);
    void loadGenres(std::vector<Track>& tracks);

    Database& m_db;
    QHash<QString, std::int64_t> m_genreIds;
};

} // namespace soundalike
