#pragma once

#include "core/service/MapTypes.h"

#include <QPolygonF>

#include <optional>
#include <vector>

namespace soundalike {

// A uniform grid over the map's points, for what the pointer is over and what a lasso encloses: a hover at
// 100,000 points looks at a few cells instead of every point. The points must outlive the grid unchanged.
class PointGrid
{
public:
    explicit PointGrid(const std::vector<MapPoint>& points = {});

    // The index of the point nearest to `at` within `radius` (map units), if any.
    std::optional<int> nearest(const QPointF& at, double radius) const;
    // Indexes of the points inside a polygon (map units), in index order.
    std::vector<int> inside(const QPolygonF& polygon) const;

private:
    int cellOf(double value, double origin, int cells) const;
    template <typename Visit> void visitCells(const QRectF& area, Visit visit) const;

    const std::vector<MapPoint>* m_points = nullptr;
    double m_left = 0, m_top = 0, m_cell = 1;
    int m_columns = 0, m_rows = 0;
    std::vector<int> m_start; // per cell, its first entry in m_order; one more at the end
    std::vector<int> m_order; // point indexes, cell by cell
};

} // namespace soundalike
