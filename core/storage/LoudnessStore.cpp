#include "core/storage/LoudnessStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>

namespace soundalike {

namespace {

constexpr const char* kUnmeasured =
    "FROM tracks t WHERE t.available = 1 AND EXISTS (SELECT 1 FROM descriptors d WHERE d.track_id = t.id "
    "AND d.version = ?1) AND NOT EXISTS (SELECT 1 FROM track_loudness l WHERE l.track_id = t.id)";

} // namespace

std::vector<PendingTrack> LoudnessStore::pending(int version, std::int64_t afterId, int limit)
{
    return pendingPage(m_db, kUnmeasured, version, afterId, limit);
}

int LoudnessStore::countPending(int version)
{
    return pendingCount(m_db, kUnmeasured, version);
}

void LoudnessStore::put(std::int64_t trackId, std::optional<double> lufs)
{
    auto query = m_db.prepare("INSERT INTO track_loudness(track_id, lufs, measured_at) "
                              "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?1) "
                              "ON CONFLICT(track_id) DO UPDATE SET lufs = excluded.lufs, "
                              "measured_at = excluded.measured_at");
    query.bind(1, trackId);
    if (lufs)
        query.bind(2, *lufs);
    else
        query.bindNull(2);
    query.bind(3, QDateTime::currentSecsSinceEpoch()).run();
}

std::vector<std::pair<std::int64_t, float>> LoudnessStore::all()
{
    std::vector<std::pair<std::int64_t, float>> values;
    auto query = m_db.prepare("SELECT track_id, lufs FROM track_loudness WHERE lufs IS NOT NULL");
    while (query.step())
        values.emplace_back(query.int64(0), float(query.real(1)));
    return values;
}

} // namespace soundalike
