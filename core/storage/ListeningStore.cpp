#include "core/storage/ListeningStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace soundalike {

void ListeningStore::record(std::int64_t trackId, bool played, bool skipped, std::int64_t at)
{
    // The SELECT makes a vanished track a no-op instead of a foreign-key error.
    m_db.cached("INSERT INTO listening(track_id, plays, skips, last_played_at) "
                "SELECT id, ?2, ?3, ?4 FROM tracks WHERE id = ?1 "
                "ON CONFLICT(track_id) DO UPDATE SET plays = plays + excluded.plays, "
                "skips = skips + excluded.skips, "
                "last_played_at = max(last_played_at, excluded.last_played_at)")
        .bind(1, trackId)
        .bind(2, played ? 1 : 0)
        .bind(3, skipped ? 1 : 0)
        .bind(4, at)
        .run();
}

ListeningStats ListeningStore::stats(std::int64_t trackId)
{
    auto query = m_db.prepare("SELECT plays, skips, last_played_at FROM listening WHERE track_id = ?");
    query.bind(1, trackId);
    if (!query.step())
        return {};
    return {query.integer(0), query.integer(1), query.int64(2)};
}

std::vector<std::pair<std::int64_t, ListeningStats>> ListeningStore::all()
{
    std::vector<std::pair<std::int64_t, ListeningStats>> rows;
    auto query =
        m_db.prepare("SELECT track_id, plays, skips, last_played_at FROM listening ORDER BY track_id");
    while (query.step())
        rows.emplace_back(query.int64(0), ListeningStats{query.integer(1), query.integer(2), query.int64(3)});
    return rows;
}

std::vector<std::int64_t> ListeningStore::playedSince(std::int64_t since)
{
    std::vector<std::int64_t> ids;
    auto query = m_db.prepare("SELECT track_id FROM listening WHERE last_played_at >= ? ORDER BY track_id");
    query.bind(1, since);
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

} // namespace soundalike
