#pragma once

#include <QColor>
#include <QImage>
#include <QPolygonF>

#include <cstdint>
#include <vector>

namespace soundalike {

// Strokes wide antialiased polylines straight into the pixels of an ARGB32-premultiplied image, with round
// joins and caps, each pixel blended once however many segments cover it. QPainter takes ~13 ms for one
// 5-px stroke of a 40-song playlist across the map (each segment's antialiased spans go through Qt's
// thread pool and back), too much for a frame; this takes about a millisecond (docs/performance.md).
class PolylineStroker
{
public:
    explicit PolylineStroker(QImage& canvas);

    // `line` in device pixels; `width` in device pixels; `colour` with its alpha, blended source-over.
    void stroke(const QPolygonF& line, double width, const QColor& colour);

private:
    void cover(const QPointF& a, const QPointF& b, double radius);
    void blend(const QColor& colour);

    QImage& m_canvas;
    std::vector<std::uint8_t> m_coverage; // per pixel, 0..255, zero outside the stroke being drawn
    std::vector<std::uint32_t> m_touched; // the pixels with a coverage, to blend and clear
};

} // namespace soundalike
