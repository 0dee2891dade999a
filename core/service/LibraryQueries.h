#pragma once

#include "core/common/Track.h"
#include "core/storage/ModelStore.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// What the library holds, for a front end to show: counts, folders, tracks by a query, the files that could
// not be read, the trained models, the copies of one recording. Read-only, on the calling thread, with its
// own connection (opened on first use, so a front end that asks nothing opens nothing).
class LibraryQueries
{
public:
    explicit LibraryQueries(QString databasePath);
    ~LibraryQueries();

    [[nodiscard]] LibraryStats stats();
    [[nodiscard]] std::vector<FilePath> folders();
    // The tracks the query selects, then, when `search` has words, only those holding every word as the
    // window's filter box finds them (TrackCatalog::filter: other spellings of a genre, its family).
    [[nodiscard]] std::vector<Track> tracks(const TrackQuery& query, const QString& search = {});
    // The library's genres that a `--genre` filter for `wanted` takes in (GenreTable::takesIn): "metal" takes
    // in "Heavy Metal", "folk" takes in "Фолк".
    [[nodiscard]] QStringList genresTakenIn(const QString& wanted);
    [[nodiscard]] std::optional<Track> track(std::int64_t id);
    [[nodiscard]] std::optional<Track> trackByPath(const FilePath& path);
    [[nodiscard]] std::vector<Problem> problems();
    [[nodiscard]] std::vector<ModelRecord> models();
    // The groups of tracks that are one recording under other names, tags or bitrates, as found after
    // analysis (DuplicateGrouping); each group's tracks in id order.
    [[nodiscard]] std::vector<std::vector<Track>> duplicates();

private:
    Database& db();

    QString m_databasePath;
    std::unique_ptr<Database> m_db;
};

} // namespace soundalike
