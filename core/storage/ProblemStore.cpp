#include "core/storage/ProblemStore.h"

#include "core/storage/Database.h"
#include "core/storage/PathRange.h"
#include "core/storage/Statement.h"

#include <QDateTime>

namespace soundalike {

void ProblemStore::record(const FilePath& path, const FileStamp& stamp, const Reason& reason)
{
    m_db.cached("INSERT INTO problems(path, size, mtime_ns, reason, seen_at) VALUES(?, ?, ?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
                "reason = excluded.reason, seen_at = excluded.seen_at")
        .bind(1, std::string_view(path))
        .bind(2, stamp.size)
        .bind(3, stamp.mtimeNs)
        .bind(4, reason.toStored())
        .bind(5, QDateTime::currentSecsSinceEpoch())
        .run();
}

void ProblemStore::clear(const FilePath& path)
{
    m_db.cached("DELETE FROM problems WHERE path = ?").bind(1, std::string_view(path)).run();
}

std::vector<Problem> ProblemStore::all()
{
    std::vector<Problem> problems;
    auto query = m_db.prepare("SELECT path, size, mtime_ns, reason, seen_at FROM problems ORDER BY path");
    while (query.step())
        problems.push_back({query.bytes(0),
                            {query.int64(1), query.int64(2)},
                            Reason::fromStored(query.text(3)),
                            query.int64(4)});
    return problems;
}

std::unordered_map<FilePath, FileStamp> ProblemStore::under(const FilePath& folder)
{
    const PathRange range(folder);
    std::unordered_map<FilePath, FileStamp> found;
    auto query = m_db.prepare("SELECT path, size, mtime_ns FROM problems WHERE path >= ? AND path < ?");
    query.bind(1, std::string_view(range.low)).bind(2, std::string_view(range.high));
    while (query.step())
        found.emplace(query.bytes(0), FileStamp{query.int64(1), query.int64(2)});
    return found;
}

std::optional<Reason> ProblemStore::reasonFor(const FilePath& path)
{
    auto query = m_db.prepare("SELECT reason FROM problems WHERE path = ?");
    query.bind(1, std::string_view(path));
    if (!query.step())
        return std::nullopt;
    return Reason::fromStored(query.text(0));
}

int ProblemStore::count()
{
    auto query = m_db.prepare("SELECT count(*) FROM problems");
    query.step();
    return query.integer(0);
}

} // namespace soundalike
