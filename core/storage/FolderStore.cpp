#include "core/storage/FolderStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>

namespace soundalike {

std::int64_t FolderStore::ensure(const FilePath& path)
{
    m_db.prepare("INSERT INTO folders(path, added_at) VALUES(?, ?) ON CONFLICT(path) DO NOTHING")
        .bind(1, std::string_view(path))
        .bind(2, QDateTime::currentSecsSinceEpoch())
        .run();
    auto query = m_db.prepare("SELECT id FROM folders WHERE path = ?");
    query.bind(1, std::string_view(path));
    query.step();
    return query.int64(0);
}

std::vector<LibraryFolder> FolderStore::all()
{
    std::vector<LibraryFolder> folders;
    auto query = m_db.prepare("SELECT id, path FROM folders ORDER BY path");
    while (query.step())
        folders.push_back({query.int64(0), query.bytes(1)});
    return folders;
}

void FolderStore::remove(const FilePath& path)
{
    m_db.prepare("DELETE FROM tracks WHERE folder_id = (SELECT id FROM folders WHERE path = ?)")
        .bind(1, std::string_view(path))
        .run();
    m_db.prepare("DELETE FROM folders WHERE path = ?").bind(1, std::string_view(path)).run();
}

} // namespace soundalike
