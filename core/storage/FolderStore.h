#pragma once

#include "core/common/Track.h"

#include <cstdint>
#include <vector>

namespace soundalike {

class Database;

struct LibraryFolder
{
    std::int64_t id = 0;
    FilePath path;
};

// The library's root folders, the units a scan walks and the scope for "unmounted" detection.
class FolderStore
{
public:
    explicit FolderStore(Database& db) : m_db(db) {}

    std::int64_t ensure(const FilePath& path);
    std::vector<LibraryFolder> all();
    // Forgets a library folder and the tracks found in it; the files themselves are not touched.
    void remove(const FilePath& path);

private:
    Database& m_db;
};

} // namespace soundalike
