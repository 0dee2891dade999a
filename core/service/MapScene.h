#pragma once

#include "core/service/MapColouring.h"
#include "core/service/MapTypes.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace soundalike {

// How map coordinates become pixels: one scale for both axes, then an offset.
struct MapViewport
{
    double scale = 1;
    QPointF offset;

    QPointF toScreen(const MapPoint& p) const { return {p.x * scale + offset.x(), p.y * scale + offset.y()}; }
    QPointF toMap(const QPointF& screen) const { return (screen - offset) / scale; }
    // The whole map inside `area`, centred, with `margin` pixels free around it.
    static MapViewport fitting(const std::vector<MapPoint>& points, const QRectF& area, double margin);
    // The whole map inside `size` and clear of `corner` (the legend, at the top left): to its right or below
    // it, whichever shows the map larger, so that no point hides under the legend.
    static MapViewport fittingBeside(const std::vector<MapPoint>& points, const QSizeF& size,
                                     const QRectF& corner, double margin);
};

// Everything drawn on a map, by point index: the points and their colours, which points the library filter
// matches, the seeds, the playlist in play order and the playing track.
class MapScene
{
public:
    void setPoints(std::vector<MapPoint> points);
    const std::vector<MapPoint>& points() const { return m_points; }
    std::optional<int> indexOf(std::int64_t id) const;

    void setColours(MapColours colours) { m_colours = std::move(colours); }
    const MapColours& colours() const { return m_colours; }
    // nullopt: no filter; else the ids that match it (those not on the map are ignored).
    void setHighlighted(const std::optional<std::vector<std::int64_t>>& ids);
    bool filtering() const { return !m_highlighted.empty(); }
    bool highlighted(int index) const { return m_highlighted.empty() || m_highlighted[std::size_t(index)]; }
    void setSeeds(const std::vector<std::int64_t>& ids) { m_seeds = indexesOf(ids); }
    const std::vector<int>& seeds() const { return m_seeds; }
    // The playlist's tracks in play order; those not on the map are skipped by the line.
    void setPlaylist(const std::vector<std::int64_t>& ids) { m_playlist = indexesOf(ids); }
    const std::vector<int>& playlist() const { return m_playlist; }
    void setPlaying(std::optional<std::int64_t> id);
    std::optional<int> playing() const { return m_playing; }

private:
    std::vector<int> indexesOf(const std::vector<std::int64_t>& ids) const;

    std::vector<MapPoint> m_points;
    QHash<std::int64_t, int> m_indexById;
    MapColours m_colours;
    std::vector<std::uint8_t> m_highlighted;
    std::vector<int> m_seeds;
    std::vector<int> m_playlist;
    std::optional<int> m_playing;
};

} // namespace soundalike
