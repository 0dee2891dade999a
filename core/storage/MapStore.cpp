#include "core/storage/MapStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QDateTime>

namespace soundalike {

namespace {

void insertPositions(Database& db, std::int64_t layoutId, const std::vector<MapPosition>& positions)
{
    // A track removed meanwhile is skipped: the layout was computed from a snapshot.
    auto insert = db.prepare("INSERT OR REPLACE INTO map_points(layout_id, track_id, x, y) "
                             "SELECT ?, id, ?, ? FROM tracks WHERE id = ?");
    for (const MapPosition& p : positions) {
        insert.bind(1, layoutId).bind(2, double(p.x)).bind(3, double(p.y)).bind(4, p.trackId).run();
    }
}

} // namespace

std::optional<MapLayoutRecord> MapStore::layout(const QString& space)
{
    auto query = m_db.prepare(
        "SELECT id, space, model_id, laid_out_tracks, created_at FROM map_layouts WHERE space = ?");
    query.bind(1, space);
    if (!query.step())
        return std::nullopt;
    MapLayoutRecord record;
    record.id = query.int64(0);
    record.space = query.text(1);
    if (!query.isNull(2))
        record.modelId = query.int64(2);
    record.laidOutTracks = query.integer(3);
    record.createdAt = query.int64(4);
    return record;
}

std::vector<MapPosition> MapStore::positions(std::int64_t layoutId)
{
    auto query = m_db.prepare("SELECT track_id, x, y FROM map_points WHERE layout_id = ? ORDER BY track_id");
    query.bind(1, layoutId);
    std::vector<MapPosition> positions;
    while (query.step())
        positions.push_back({query.int64(0), float(query.real(1)), float(query.real(2))});
    return positions;
}

std::int64_t MapStore::replace(const MapLayoutRecord& layout, const std::vector<MapPosition>& positions)
{
    Transaction transaction(m_db);
    m_db.exec("DELETE FROM map_layouts");
    auto insert = m_db.prepare(
        "INSERT INTO map_layouts(space, model_id, laid_out_tracks, created_at) VALUES(?, ?, ?, ?)");
    insert.bind(1, layout.space);
    if (layout.modelId)
        insert.bind(2, *layout.modelId);
    else
        insert.bindNull(2);
    insert.bind(3, layout.laidOutTracks)
        .bind(4, layout.createdAt ? layout.createdAt : QDateTime::currentSecsSinceEpoch())
        .run();
    const std::int64_t id = m_db.lastInsertId();
    insertPositions(m_db, id, positions);
    transaction.commit();
    return id;
}

void MapStore::add(std::int64_t layoutId, const std::vector<MapPosition>& positions)
{
    Transaction transaction(m_db);
    insertPositions(m_db, layoutId, positions);
    transaction.commit();
}

} // namespace soundalike
