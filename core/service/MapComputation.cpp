#include "core/service/MapComputation.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/common/Logging.h"
#include "core/map/MapLayout.h"
#include "core/map/MapSource.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/MapStore.h"
#include "core/storage/TrackStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <unordered_map>

namespace soundalike {

namespace {

// A map whose library has grown by more than this share since its full layout is laid out anew: placed
// tracks only ever join the map's existing shape, and a fifth more tracks may well bring a new region. The
// same share at which TrainingPolicy trains a new model (which also lays the map out anew).
constexpr double kRelayoutGrowth = 0.2;

struct StoredMap
{
    MapLayoutRecord layout;
    std::unordered_map<std::int64_t, MapPosition> byTrack;
};

std::optional<StoredMap> loadStored(Database& db, const QString& space)
{
    MapStore store(db);
    const auto layout = store.layout(space);
    if (!layout)
        return std::nullopt;
    StoredMap stored{*layout, {}};
    for (const MapPosition& p : store.positions(layout->id))
        stored.byTrack.emplace(p.trackId, p);
    return stored;
}

MapCoverage coverageOf(Database& db, std::size_t vectors, std::size_t placed)
{
    DescriptorStore descriptors(db);
    MapCoverage c;
    c.tracks = TrackStore(db).count();
    c.placed = int(placed);
    c.notAnalysedYet = descriptors.countPending(DescriptorLayout::kVersion);
    c.analysisFailed = descriptors.failureCount(DescriptorLayout::kVersion);
    c.awaitingModel = std::max(0, descriptors.count(DescriptorLayout::kVersion) - int(vectors));
    c.unavailable = std::max(0, c.missing() - c.notAnalysedYet - c.analysisFailed - c.awaitingModel);
    return c;
}

std::vector<MapPoint> pointsOf(const StoredMap& stored, const VectorTable& table)
{
    std::vector<MapPoint> points;
    points.reserve(table.size());
    for (std::int64_t id : table.ids()) {
        if (const auto it = stored.byTrack.find(id); it != stored.byTrack.end())
            points.push_back({id, it->second.x, it->second.y});
    }
    return points;
}

// Each point's estimated tempo, which colours the map of a library without genre tags.
void addTempos(Database& db, std::vector<MapPoint>& points)
{
    std::unordered_map<std::int64_t, float> tempo;
    for (const auto& [id, bpm] : DescriptorStore(db).dimension(
             DescriptorLayout::kVersion, DescriptorLayout::Tempo + DescriptorLayout::TempoBpm))
        tempo.emplace(id, bpm);
    for (MapPoint& point : points) {
        if (const auto it = tempo.find(point.id); it != tempo.end())
            point.tempo = it->second;
    }
}

std::vector<MapPosition> positionsOf(const VectorTable& table, std::span<const float> xy)
{
    std::vector<MapPosition> positions(table.size());
    for (std::size_t r = 0; r < table.size(); ++r)
        positions[r] = {table.id(r), xy[2 * r], xy[2 * r + 1]};
    return positions;
}

// Places the table's tracks that the stored map lacks beside those it has; returns the new positions.
std::vector<MapPosition> placeNewTracks(const VectorTable& table, const StoredMap& stored)
{
    VectorTable placed(table.sourceKey(), table.dimensionNames());
    std::vector<float> placedXY, newVectors;
    std::vector<std::int64_t> newIds;
    for (std::size_t r = 0; r < table.size(); ++r) {
        const auto v = table.vector(r);
        if (const auto it = stored.byTrack.find(table.id(r)); it != stored.byTrack.end()) {
            placed.add(table.id(r), v);
            placedXY.insert(placedXY.end(), {it->second.x, it->second.y});
        } else {
            newIds.push_back(table.id(r));
            newVectors.insert(newVectors.end(), v.begin(), v.end());
        }
    }
    const std::vector<float> xy = placeBeside(placed, placedXY, newVectors, LayoutOptions{});
    std::vector<MapPosition> positions(newIds.size());
    for (std::size_t i = 0; i < newIds.size(); ++i)
        positions[i] = {newIds[i], xy[2 * i], xy[2 * i + 1]};
    return positions;
}

std::size_t unplacedCount(const VectorTable& table, const StoredMap& stored)
{
    std::size_t count = 0;
    for (std::int64_t id : table.ids())
        count += stored.byTrack.count(id) == 0;
    return count;
}

} // namespace

MapCoverage currentCoverage(const QString& databasePath, const MapCoverage& map)
{
    Database db(databasePath, Database::Mode::ReadOnly);
    DescriptorStore descriptors(db);
    MapCoverage c;
    c.tracks = TrackStore(db).count();
    c.placed = map.placed;
    c.notAnalysedYet = descriptors.countPending(DescriptorLayout::kVersion);
    c.analysisFailed = descriptors.failureCount(DescriptorLayout::kVersion);
    // Only a run tells the model's coverage and the files gone apart from the rest again: they stay as the
    // map counted them, as far as the tracks still missing allow.
    int rest = std::max(0, c.missing() - c.notAnalysedYet - c.analysisFailed);
    c.awaitingModel = std::min(map.awaitingModel, rest);
    rest -= c.awaitingModel;
    c.unavailable = std::min(map.unavailable, rest);
    c.awaitingPlace = rest - c.unavailable;
    return c;
}

LibraryMapResult computeLayout(const QString& databasePath, const MapProgressSink& progress,
                               const std::atomic_bool& cancel)
{
    QElapsedTimer timer;
    timer.start();
    const auto report = [&](MapProgress::Stage stage, double fraction) {
        if (progress)
            progress({stage, fraction});
    };
    report(MapProgress::Stage::Loading, 0);
    Database db(databasePath);
    const MapVectors vectors = mapVectors(db);
    LibraryMapResult result;
    result.space = vectors.space;
    std::optional<StoredMap> stored = loadStored(db, vectors.space);
    const std::size_t unplaced = stored ? unplacedCount(vectors.table, *stored) : vectors.table.size();
    // New tracks are placed beside the mapped tracks still in the library, not those laid out once: with most
    // of them gone (a library replaced by another), the few left could only pile the newcomers up on one
    // spot.
    const std::size_t kept = vectors.table.size() - unplaced;
    const bool full = !stored || kept < std::size_t(LayoutOptions{}.neighbours) ||
                      double(unplaced) > kRelayoutGrowth * double(kept);

    if (full && !vectors.table.empty()) {
        const auto xy = layOutMap(
            vectors.table, LayoutOptions{},
            [&](const LayoutProgress& p) {
                report(p.stage == LayoutProgress::Stage::Neighbours ? MapProgress::Stage::Neighbours
                                                                    : MapProgress::Stage::Layout,
                       0.95 * p.fraction);
            },
            cancel);
        if (!xy) {
            result.action = LibraryMapResult::Action::Cancelled;
            return result;
        }
        report(MapProgress::Stage::Saving, 0.95);
        const std::vector<MapPosition> positions = positionsOf(vectors.table, *xy);
        MapLayoutRecord record{0, vectors.space, vectors.modelId, int(vectors.table.size()), 0};
        record.id = MapStore(db).replace(record, positions);
        stored = StoredMap{record, {}};
        for (const MapPosition& p : positions)
            stored->byTrack.emplace(p.trackId, p);
        result.action = LibraryMapResult::Action::LaidOut;
        result.placedNow = int(positions.size());
    } else if (stored && unplaced > 0) {
        report(MapProgress::Stage::Placing, 0.1);
        const std::vector<MapPosition> placed = placeNewTracks(vectors.table, *stored);
        if (cancel) {
            result.action = LibraryMapResult::Action::Cancelled;
            return result;
        }
        report(MapProgress::Stage::Saving, 0.9);
        MapStore(db).add(stored->layout.id, placed);
        for (const MapPosition& p : placed)
            stored->byTrack.emplace(p.trackId, p);
        result.action = LibraryMapResult::Action::Placed;
        result.placedNow = int(placed.size());
    }
    if (stored) {
        result.points = pointsOf(*stored, vectors.table);
        addTempos(db, result.points);
    }
    result.coverage = coverageOf(db, vectors.table.size(), result.points.size());
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    report(MapProgress::Stage::Saving, 1);
    qCDebug(lcMap) << "map of" << result.points.size() << "tracks in" << vectors.space << "after"
                   << result.seconds << "s; placed now:" << result.placedNow;
    return result;
}

} // namespace soundalike
