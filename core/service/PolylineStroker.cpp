#include "core/service/PolylineStroker.h"

#include <algorithm>
#include <cmath>

namespace soundalike {

namespace {

struct Interval
{
    double low = 1;
    double high = 0;
    bool empty() const { return low > high; }
};

// The x where a + slope·x lies in [from, to]: all x when the slope is 0 and `a` lies there, none otherwise.
Interval solve(double a, double slope, double from, double to)
{
    if (std::abs(slope) < 1e-12)
        return a >= from && a <= to ? Interval{-1e18, 1e18} : Interval{};
    const double x1 = (from - a) / slope, x2 = (to - a) / slope;
    return {std::min(x1, x2), std::max(x1, x2)};
}

Interval meet(Interval a, Interval b)
{
    return {std::max(a.low, b.low), std::min(a.high, b.high)};
}

Interval join(Interval a, Interval b)
{
    if (a.empty())
        return b;
    if (b.empty())
        return a;
    return {std::min(a.low, b.low), std::max(a.high, b.high)};
}

// The x on the horizontal line at `y` within `reach` of the point `c`.
Interval disc(const QPointF& c, double reach, double y)
{
    const double dy = y - c.y();
    if (std::abs(dy) > reach)
        return {};
    const double half = std::sqrt(reach * reach - dy * dy);
    return {c.x() - half, c.x() + half};
}

} // namespace

PolylineStroker::PolylineStroker(QImage& canvas)
    : m_canvas(canvas), m_coverage(std::size_t(canvas.width()) * std::size_t(canvas.height()), 0)
{
    Q_ASSERT(canvas.format() == QImage::Format_ARGB32_Premultiplied);
}

void PolylineStroker::stroke(const QPolygonF& line, double width, const QColor& colour)
{
    if (line.isEmpty() || width <= 0)
        return;
    const double radius = width / 2;
    if (line.size() == 1)
        cover(line.first(), line.first(), radius);
    for (qsizetype i = 1; i < line.size(); ++i)
        cover(line[i - 1], line[i], radius);
    blend(colour);
}

void PolylineStroker::cover(const QPointF& a, const QPointF& b, double radius)
{
    // A pixel whose centre lies within radius + 0.5 of the segment is at least partly covered; its coverage
    // falls linearly over the last pixel (distance radius - 0.5 to radius + 0.5).
    const double reach = radius + 0.5;
    const double inner = std::max(0.0, reach - 1), inner2 = inner * inner;
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    const QPointF u = length > 0 ? d / length : QPointF(1, 0);
    const int w = m_canvas.width(), h = m_canvas.height();
    const int top = std::max(0, int(std::floor(std::min(a.y(), b.y()) - reach)));
    const int bottom = std::min(h - 1, int(std::ceil(std::max(a.y(), b.y()) + reach)));
    for (int py = top; py <= bottom; ++py) {
        const double y = py + 0.5;
        // The capsule is convex: its span on this row is the union of the band along the segment and the two
        // end discs.
        const double along0 = (y - a.y()) * u.y() - a.x() * u.x(),
                     across0 = (y - a.y()) * u.x() + a.x() * u.y();
        const Interval band = meet(solve(along0, u.x(), 0, length), solve(across0, -u.y(), -reach, reach));
        const Interval span = join(band, join(disc(a, reach, y), disc(b, reach, y)));
        if (span.empty())
            continue;
        const int left = int(std::floor(std::max(span.low - 0.5, 0.0)));
        const int right = int(std::ceil(std::min(span.high - 0.5, double(w - 1))));
        const double py0 = y - a.y();
        for (int px = left; px <= right; ++px) {
            const double dx = px + 0.5 - a.x();
            const double t = std::clamp(dx * u.x() + py0 * u.y(), 0.0, length);
            const double ex = dx - t * u.x(), ey = py0 - t * u.y();
            const double squared = ex * ex + ey * ey;
            if (squared >= reach * reach)
                continue;
            // Most of a wide line's pixels lie wholly inside it: no square root for those.
            const double coverage = squared <= inner2 ? 1.0 : std::min(1.0, reach - std::sqrt(squared));
            const std::size_t at = std::size_t(py) * std::size_t(w) + std::size_t(px);
            const auto value = std::uint8_t(coverage * 255 + 0.5);
            if (m_coverage[at] == 0)
                m_touched.push_back(std::uint32_t(at));
            m_coverage[at] = std::max(m_coverage[at], value);
        }
    }
}

void PolylineStroker::blend(const QColor& colour)
{
    const QRgb source = colour.rgba();
    const int sa = qAlpha(source), sr = qRed(source), sg = qGreen(source), sb = qBlue(source);
    const int width = m_canvas.width();
    const qsizetype stride = m_canvas.bytesPerLine() / 4;
    auto* bits = reinterpret_cast<QRgb*>(m_canvas.bits());
    for (const std::uint32_t at : m_touched) {
        const int alpha = (sa * m_coverage[at] + 127) / 255; // the source's own alpha times the coverage
        QRgb& pixel =
            bits[qsizetype(at / std::uint32_t(width)) * stride + qsizetype(at % std::uint32_t(width))];
        const int keep = 255 - alpha;
        const auto mixed = [&](int src, int dst) { return (src * alpha + dst * keep + 127) / 255; };
        pixel = qRgba(mixed(sr, qRed(pixel)), mixed(sg, qGreen(pixel)), mixed(sb, qBlue(pixel)),
                      alpha + (qAlpha(pixel) * keep + 127) / 255);
        m_coverage[at] = 0;
    }
    m_touched.clear();
}

} // namespace soundalike
