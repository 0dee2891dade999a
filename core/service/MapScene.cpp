#include "core/service/MapScene.h"

#include <algorithm>
#include <limits>

namespace soundalike {

MapViewport MapViewport::fitting(const std::vector<MapPoint>& points, const QRectF& area, double margin)
{
    if (points.empty())
        return {1, area.center()};
    float left = std::numeric_limits<float>::max(), top = left;
    float right = std::numeric_limits<float>::lowest(), bottom = right;
    for (const MapPoint& p : points) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    const double width = std::max(1e-6, double(right - left));
    const double height = std::max(1e-6, double(bottom - top));
    const double scale =
        std::max(1e-6, std::min((area.width() - 2 * margin) / width, (area.height() - 2 * margin) / height));
    const QPointF centre((left + right) / 2.0, (top + bottom) / 2.0);
    return {scale, area.center() - centre * scale};
}

MapViewport MapViewport::fittingBeside(const std::vector<MapPoint>& points, const QSizeF& size,
                                       const QRectF& corner, double margin)
{
    const QRectF whole(QPointF(0, 0), size);
    if (corner.isEmpty())
        return fitting(points, whole, margin);
    const MapViewport right = fitting(points, whole.adjusted(corner.right(), 0, 0, 0), margin);
    const MapViewport below = fitting(points, whole.adjusted(0, corner.bottom(), 0, 0), margin);
    return right.scale >= below.scale ? right : below;
}

void MapScene::setPoints(std::vector<MapPoint> points)
{
    m_points = std::move(points);
    m_indexById.clear();
    m_indexById.reserve(qsizetype(m_points.size()));
    for (std::size_t i = 0; i < m_points.size(); ++i)
        m_indexById.insert(m_points[i].id, int(i));
    m_colours = {};
    m_highlighted.clear();
    m_seeds.clear();
    m_playlist.clear();
    m_playing.reset();
}

std::optional<int> MapScene::indexOf(std::int64_t id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? std::nullopt : std::optional<int>(*it);
}

void MapScene::setHighlighted(const std::optional<std::vector<std::int64_t>>& ids)
{
    m_highlighted.clear();
    if (!ids)
        return;
    m_highlighted.assign(m_points.size(), 0);
    for (int index : indexesOf(*ids))
        m_highlighted[std::size_t(index)] = 1;
}

void MapScene::setPlaying(std::optional<std::int64_t> id)
{
    m_playing = id ? indexOf(*id) : std::nullopt;
}

std::vector<int> MapScene::indexesOf(const std::vector<std::int64_t>& ids) const
{
    std::vector<int> indexes;
    indexes.reserve(ids.size());
    for (std::int64_t id : ids) {
        if (const auto index = indexOf(id))
            indexes.push_back(*index);
    }
    return indexes;
}

} // namespace soundalike
