#include "core/service/LibraryQueries.h"

#include "core/library/GenreTable.h"
#include "core/service/TrackCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/FolderStore.h"

#include <numeric>

namespace soundalike {

LibraryQueries::LibraryQueries(QString databasePath) : m_databasePath(std::move(databasePath)) {}

LibraryQueries::~LibraryQueries() = default;

Database& LibraryQueries::db()
{
    if (!m_db)
        m_db = std::make_unique<Database>(m_databasePath);
    return *m_db;
}

LibraryStats LibraryQueries::stats()
{
    return TrackStore(db()).stats();
}

std::vector<FilePath> LibraryQueries::folders()
{
    std::vector<FilePath> paths;
    for (const LibraryFolder& folder : FolderStore(db()).all())
        paths.push_back(folder.path);
    return paths;
}

std::vector<Track> LibraryQueries::tracks(const TrackQuery& query, const QString& search)
{
    const QStringList words = TrackCatalog::searchWords(search);
    if (words.isEmpty())
        return TrackStore(db()).find(query);
    TrackQuery everyMatch = query;
    everyMatch.limit = -1;
    const TrackCatalog catalog(TrackStore(db()).find(everyMatch));
    std::vector<int> inOrder(std::size_t(catalog.size()));
    std::iota(inOrder.begin(), inOrder.end(), 0);
    std::vector<Track> found;
    for (const int index : catalog.filter(inOrder, words)) {
        if (query.limit >= 0 && found.size() >= std::size_t(query.limit))
            break;
        found.push_back(catalog.at(index));
    }
    return found;
}

QStringList LibraryQueries::genresTakenIn(const QString& wanted)
{
    QStringList genres;
    for (const QString& genre : TrackStore(db()).genreNames()) {
        if (GenreTable::builtIn().takesIn(wanted, genre))
            genres << genre;
    }
    return genres;
}

std::optional<Track> LibraryQueries::track(std::int64_t id)
{
    return TrackStore(db()).track(id);
}

std::optional<Track> LibraryQueries::trackByPath(const FilePath& path)
{
    return TrackStore(db()).trackByPath(path);
}

std::vector<Problem> LibraryQueries::problems()
{
    return ProblemStore(db()).all();
}

std::vector<std::vector<Track>> LibraryQueries::duplicates()
{
    TrackStore tracks(db());
    std::vector<std::vector<Track>> groups;
    for (const std::vector<std::int64_t>& ids : FingerprintStore(db()).groups()) {
        std::vector<Track>& group = groups.emplace_back();
        for (const std::int64_t id : ids) {
            if (std::optional<Track> track = tracks.track(id))
                group.push_back(std::move(*track));
        }
    }
    return groups;
}

std::vector<ModelRecord> LibraryQueries::models()
{
    return ModelStore(db()).all();
}

} // namespace soundalike
