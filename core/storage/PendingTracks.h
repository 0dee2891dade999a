#pragma once

#include "core/common/Track.h"

#include <cstdint>
#include <string>
#include <vector>

namespace soundalike {

class Database;
class Statement;

// A track waiting for analysis (or another pass over its audio).
struct PendingTrack
{
    std::int64_t id = 0;
    FilePath path;
    FileStamp stamp;
};

// The columns a PendingTrack is read from, as its readers select them.
inline constexpr const char* kPendingColumns = "SELECT t.id, t.path, t.size, t.mtime_ns";

// The current row of a query that selected kPendingColumns.
[[nodiscard]] PendingTrack pendingRow(const Statement& query);

// One page of the tracks a condition says are waiting, by id after `afterId`: `fromWhere` is the SQL after
// the columns ("FROM tracks t WHERE …", with the descriptor version as ?1). Paging by id keeps each read
// short, so a long pass never holds a read transaction open.
[[nodiscard]] std::vector<PendingTrack> pendingPage(Database& db, const std::string& fromWhere, int version,
                                                    std::int64_t afterId, int limit);
// How many tracks that condition says are waiting.
[[nodiscard]] int pendingCount(Database& db, const std::string& fromWhere, int version);

} // namespace soundalike
