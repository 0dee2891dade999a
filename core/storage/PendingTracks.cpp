#include "core/storage/PendingTracks.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace soundalike {

PendingTrack pendingRow(const Statement& query)
{
    return {query.int64(0), query.bytes(1), {query.int64(2), query.int64(3)}};
}

std::vector<PendingTrack> pendingPage(Database& db, const std::string& fromWhere, int version,
                                      std::int64_t afterId, int limit)
{
    auto query =
        db.prepare((kPendingColumns + (" " + fromWhere) + " AND t.id > ?2 ORDER BY t.id LIMIT ?3").c_str());
    query.bind(1, version).bind(2, afterId).bind(3, limit);
    std::vector<PendingTrack> tracks;
    while (query.step())
        tracks.push_back(pendingRow(query));
    return tracks;
}

int pendingCount(Database& db, const std::string& fromWhere, int version)
{
    auto query = db.prepare(("SELECT count(*) " + fromWhere).c_str());
    query.bind(1, version);
    query.step();
    return query.integer(0);
}

} // namespace soundalike
