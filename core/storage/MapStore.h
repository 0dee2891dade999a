#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// One stored map layout: the vector space it was laid out in, and how many tracks the full layout placed
// (tracks placed beside it later are not counted, so the caller can tell how far the map has grown).
struct MapLayoutRecord
{
    std::int64_t id = 0;
    QString space;
    std::optional<std::int64_t> modelId;
    int laidOutTracks = 0;
    std::int64_t createdAt = 0; // seconds since the epoch
};

struct MapPosition
{
    std::int64_t trackId = 0;
    float x = 0;
    float y = 0;
};

// Map coordinates per vector space (`map_layouts`, `map_points`). Every write is one transaction of its own,
// so a process killed while writing leaves the map as it was before.
class MapStore
{
public:
    explicit MapStore(Database& db) : m_db(db) {}

    std::optional<MapLayoutRecord> layout(const QString& space);
    // Every position of the layout, by track id.
    std::vector<MapPosition> positions(std::int64_t layoutId);
    // A full layout: replaces every stored layout (of any space) with this one and its positions.
    std::int64_t replace(const MapLayoutRecord& layout, const std::vector<MapPosition>& positions);
    // Tracks placed beside an existing layout.
    void add(std::int64_t layoutId, const std::vector<MapPosition>& positions);

private:
    Database& m_db;
};

} // namespace soundalike
