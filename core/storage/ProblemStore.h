#pragma once

#include "core/common/Reason.h"
#include "core/common/Track.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace soundalike {

class Database;

struct Problem
{
    FilePath path;
    FileStamp stamp;
    Reason reason;
    std::int64_t seenAt = 0;
};

// Files (and folders) that could not be read, with a reason a person can act on.
class ProblemStore
{
public:
    explicit ProblemStore(Database& db) : m_db(db) {}

    void record(const FilePath& path, const FileStamp& stamp, const Reason& reason);
    void clear(const FilePath& path);
    std::vector<Problem> all();
    // Problems below a folder, by path, so a rescan can skip files that are still as broken as before.
    std::unordered_map<FilePath, FileStamp> under(const FilePath& folder);
    int count();
    // Why `path` could not be read, when it is listed.
    [[nodiscard]] std::optional<Reason> reasonFor(const FilePath& path);

private:
    Database& m_db;
};

} // namespace soundalike
