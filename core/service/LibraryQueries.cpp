#include "core/service/LibraryQueries.h"

#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"

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

std::vector<Track> LibraryQueries::tracks(const TrackQuery& query)
{
    return TrackStore(db()).find(query);
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

std::vector<ModelRecord> LibraryQueries::models()
{
    return ModelStore(db()).all();
}

} // namespace soundalike
