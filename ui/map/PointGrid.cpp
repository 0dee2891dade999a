#include "ui/map/PointGrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace soundalike {

namespace {

// About this many points to a cell: few enough to scan, few cells enough to build and hold.
constexpr double kPointsPerCell = 4;
constexpr int kMaxCellsPerSide = 2048;

} // namespace

PointGrid::PointGrid(const std::vector<MapPoint>& points) : m_points(&points)
{
    if (points.empty())
        return;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    m_left = m_top = std::numeric_limits<double>::max();
    for (const MapPoint& p : points) {
        m_left = std::min(m_left, double(p.x));
        m_top = std::min(m_top, double(p.y));
        right = std::max(right, double(p.x));
        bottom = std::max(bottom, double(p.y));
    }
    const double width = std::max(1e-6, right - m_left), height = std::max(1e-6, bottom - m_top);
    m_cell = std::max(std::sqrt(width * height * kPointsPerCell / double(points.size())),
                      std::max(width, height) / kMaxCellsPerSide);
    m_columns = int(width / m_cell) + 1;
    m_rows = int(height / m_cell) + 1;
    // Counting sort of the points by cell.
    std::vector<int> cellOfPoint(points.size());
    m_start.assign(std::size_t(m_columns) * std::size_t(m_rows) + 1, 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int cell =
            cellOf(points[i].y, m_top, m_rows) * m_columns + cellOf(points[i].x, m_left, m_columns);
        cellOfPoint[i] = cell;
        ++m_start[std::size_t(cell) + 1];
    }
    for (std::size_t c = 1; c < m_start.size(); ++c)
        m_start[c] += m_start[c - 1];
    m_order.resize(points.size());
    std::vector<int> next(m_start.begin(), m_start.end() - 1);
    for (std::size_t i = 0; i < points.size(); ++i)
        m_order[std::size_t(next[std::size_t(cellOfPoint[i])]++)] = int(i);
}

int PointGrid::cellOf(double value, double origin, int cells) const
{
    return std::clamp(int((value - origin) / m_cell), 0, cells - 1);
}

template <typename Visit> void PointGrid::visitCells(const QRectF& area, Visit visit) const
{
    if (m_columns == 0)
        return;
    const int left = cellOf(area.left(), m_left, m_columns), right = cellOf(area.right(), m_left, m_columns);
    const int top = cellOf(area.top(), m_top, m_rows), bottom = cellOf(area.bottom(), m_top, m_rows);
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            const std::size_t cell = std::size_t(row) * std::size_t(m_columns) + std::size_t(column);
            for (int k = m_start[cell]; k < m_start[cell + 1]; ++k)
                visit(m_order[std::size_t(k)]);
        }
    }
}

std::optional<int> PointGrid::nearest(const QPointF& at, double radius) const
{
    std::optional<int> best;
    double bestDistance = radius * radius;
    visitCells(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), [&](int index) {
        const MapPoint& p = (*m_points)[std::size_t(index)];
        const double dx = p.x - at.x(), dy = p.y - at.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance) {
            bestDistance = d;
            best = index;
        }
    });
    return best;
}

std::vector<int> PointGrid::inside(const QPolygonF& polygon) const
{
    std::vector<int> found;
    visitCells(polygon.boundingRect(), [&](int index) {
        const MapPoint& p = (*m_points)[std::size_t(index)];
        if (polygon.containsPoint(QPointF(p.x, p.y), Qt::OddEvenFill))
            found.push_back(index);
    });
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace soundalike
