#include "core/service/MapPainter.h"

#include "core/service/PolylineStroker.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace soundalike {

namespace {

constexpr QRgb kBackground = 0xff17181c;
constexpr QRgb kPanel = 0xd814151a;
constexpr QRgb kText = 0xffe8e8ea;
constexpr QRgb kMutedText = 0xff9a9ca3;
constexpr QRgb kUncoloured = 0xff8a8d93;
// White on a dark halo: no colouring's palette has it, where the amber seeds had once looked like a genre.
constexpr QRgb kSeed = 0xffffffff;
constexpr QRgb kSeedHalo = 0xb4000000;
constexpr QRgb kPlaying = 0xffffffff;
// Magenta: in no colouring's palette and apart from the white seed rings it passes through.
constexpr QRgb kRoute = 0xffff4fd8;
constexpr double kPanelPadding = 8;
// Share of the background in a point the library filter does not match.
constexpr double kDimming = 0.72;

// Pixel offsets of a filled disc of radius r (device pixels); at least the centre pixel.
std::vector<QPoint> discOf(double r)
{
    std::vector<QPoint> disc;
    const int reach = int(std::ceil(r));
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            if (dx * dx + dy * dy <= r * r + 0.5)
                disc.emplace_back(dx, dy);
        }
    }
    if (disc.empty())
        disc.emplace_back(0, 0);
    return disc;
}

QRgb mix(QRgb colour, QRgb background, double share)
{
    const auto blend = [&](int a, int b) { return int(std::lround(a * (1 - share) + b * share)); };
    return qRgb(blend(qRed(colour), qRed(background)), blend(qGreen(colour), qGreen(background)),
                blend(qBlue(colour), qBlue(background)));
}

// Stamps discs of opaque colour into an ARGB32 premultiplied image (opaque colours need no premultiplying).
class Stamper
{
public:
    Stamper(QImage& canvas, double radius)
        : m_bits(reinterpret_cast<QRgb*>(canvas.bits())), m_stride(canvas.bytesPerLine() / 4),
          m_width(canvas.width()), m_height(canvas.height()), m_disc(discOf(radius)),
          m_reach(int(std::ceil(radius)))
    {}

    void stamp(double x, double y, QRgb colour)
    {
        // Most points of a zoomed-in map lie far outside it: dropped before any rounding.
        if (x < -m_reach - 1 || y < -m_reach - 1 || x > m_width + m_reach || y > m_height + m_reach)
            return;
        // Rounding half up by truncation, valid above -kBias; std::lround is a library call per point.
        constexpr int kBias = 1 << 12;
        const int cx = int(x + 0.5 + kBias) - kBias, cy = int(y + 0.5 + kBias) - kBias;
        if (cx < -m_reach || cy < -m_reach || cx >= m_width + m_reach || cy >= m_height + m_reach)
            return;
        const bool inside =
            cx >= m_reach && cy >= m_reach && cx < m_width - m_reach && cy < m_height - m_reach;
        for (const QPoint& d : m_disc) {
            const int px = cx + d.x(), py = cy + d.y();
            if (inside || (px >= 0 && py >= 0 && px < m_width && py < m_height))
                m_bits[qsizetype(py) * m_stride + px] = colour;
        }
    }

private:
    QRgb* m_bits;
    qsizetype m_stride;
    int m_width;
    int m_height;
    std::vector<QPoint> m_disc;
    int m_reach;
};

} // namespace

QColor MapPainter::background()
{
    return QColor::fromRgb(kBackground);
}

double MapPainter::pointRadius(double zoom, std::size_t points)
{
    // A small library's few points would be specks on a whole-map view; a large one's must not cover each
    // other.
    const double base = std::clamp(60.0 / std::sqrt(double(std::max<std::size_t>(points, 1))), 1.6, 4.0);
    return std::clamp(base + 0.8 * std::log2(std::max(zoom, 1e-3)), 1.2, 6.0);
}

void MapPainter::paintPoints(QImage& canvas, const MapScene& scene, const MapViewport& viewport,
                             double radius)
{
    const double dpr = canvas.devicePixelRatio();
    const MapColours& colours = scene.colours();
    std::vector<QRgb> full, dim;
    for (const MapLegendEntry& entry : colours.legend) {
        full.push_back(entry.colour.rgb());
        dim.push_back(mix(entry.colour.rgb(), kBackground, kDimming));
    }
    const auto colourOf = [&](std::size_t i, const std::vector<QRgb>& table, QRgb otherwise) {
        return i < colours.category.size() && colours.category[i] < table.size() ? table[colours.category[i]]
                                                                                 : otherwise;
    };
    const std::vector<MapPoint>& points = scene.points();
    const double scale = viewport.scale * dpr;
    const double ox = viewport.offset.x() * dpr, oy = viewport.offset.y() * dpr;
    // With a filter, the points it does not match go first and faint, the matches on top and larger.
    if (scene.filtering()) {
        Stamper faint(canvas, radius * dpr);
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (!scene.highlighted(int(i)))
                faint.stamp(points[i].x * scale + ox, points[i].y * scale + oy,
                            colourOf(i, dim, mix(kUncoloured, kBackground, kDimming)));
        }
    }
    Stamper bright(canvas, (radius + (scene.filtering() ? 1.0 : 0.0)) * dpr);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (scene.highlighted(int(i)))
            bright.stamp(points[i].x * scale + ox, points[i].y * scale + oy, colourOf(i, full, kUncoloured));
    }
}

void MapPainter::paintPlaylist(QImage& canvas, const MapScene& scene, const MapViewport& viewport)
{
    const std::vector<int>& playlist = scene.playlist();
    if (playlist.empty())
        return;
    QPolygonF line;
    for (int index : playlist)
        line << viewport.toScreen(scene.points()[std::size_t(index)]);
    const double dpr = canvas.devicePixelRatio();
    PolylineStroker stroker(canvas);
    QPolygonF pixels;
    for (const QPointF& at : line)
        pixels << at * dpr;
    stroker.stroke(pixels, 5 * dpr, QColor(0, 0, 0, 150));
    stroker.stroke(pixels, 2 * dpr, QColor::fromRgb(kRoute));
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    // An arrowhead halfway along each segment long enough to carry one shows which way the list plays.
    painter.setBrush(QColor::fromRgb(kRoute));
    painter.setPen(QPen(QColor(0, 0, 0, 150), 1));
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF delta = line[i] - line[i - 1];
        const double length = std::hypot(delta.x(), delta.y());
        if (length < 28)
            continue;
        const QPointF along = delta / length, across(-along.y(), along.x());
        const QPointF tip = (line[i] + line[i - 1]) / 2 + along * 4;
        painter.drawPolygon(QPolygonF{tip, tip - along * 9 + across * 4.5, tip - along * 9 - across * 4.5});
    }
    painter.setPen(QPen(QColor(0, 0, 0, 180), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(line.first(), 5.5, 5.5);
}

void MapPainter::paintMarks(QPainter& painter, const MapScene& scene, const MapViewport& viewport,
                            double pulse)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    for (const auto& [colour, width] : {std::pair{kSeedHalo, 4.5}, std::pair{kSeed, 2.0}}) {
        painter.setPen(QPen(QColor::fromRgba(colour), width));
        for (int index : scene.seeds())
            painter.drawEllipse(viewport.toScreen(scene.points()[std::size_t(index)]), 7.5, 7.5);
    }
    if (const auto playing = scene.playing()) {
        const QPointF at = viewport.toScreen(scene.points()[std::size_t(*playing)]);
        QColor ring = QColor::fromRgb(kPlaying);
        painter.setPen(QPen(ring, 2));
        painter.drawEllipse(at, 5.0, 5.0);
        ring.setAlphaF(float(1.0 - pulse));
        painter.setPen(QPen(ring, 2));
        const double radius = kPulseFrom + (kPulseReach - kPulseFrom) * pulse;
        painter.drawEllipse(at, radius, radius);
    }
    painter.restore();
}

namespace {

QString legendTitle(const MapColours& colours, MapLegendLook look)
{
    if (!look.foldMark)
        return colours.title;
    return (look.folded ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + colours.title;
}

} // namespace

QRectF MapPainter::legendRect(const QFont& font, const MapColours& colours, const QPointF& topLeft,
                              MapLegendLook look)
{
    if (colours.legend.empty())
        return {};
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font), boldMetrics(bold);
    const double titleWidth = boldMetrics.horizontalAdvance(legendTitle(colours, look));
    if (look.folded)
        return {topLeft, QSizeF(titleWidth + 2 * kPanelPadding, boldMetrics.height() + 2 * kPanelPadding)};
    const double row = metrics.height() + 3, swatch = metrics.height() * 0.6;
    double labels = 0, counts = 0;
    for (const MapLegendEntry& entry : colours.legend) {
        labels = std::max(labels, metrics.horizontalAdvance(entry.label));
        counts = std::max(counts, metrics.horizontalAdvance(QLocale().toString(entry.count)));
    }
    const double width = std::max(titleWidth, swatch + 6 + labels + 12 + counts) + 2 * kPanelPadding;
    return {topLeft, QSizeF(width, boldMetrics.height() + 4 + row * double(colours.legend.size()) +
                                       2 * kPanelPadding)};
}

QRectF MapPainter::paintLegend(QPainter& painter, const MapColours& colours, const QPointF& topLeft,
                               MapLegendLook look)
{
    const QRectF panel = legendRect(painter.font(), colours, topLeft, look);
    if (panel.isEmpty())
        return panel;
    painter.save();
    const QFont normal = painter.font();
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetricsF metrics(normal), boldMetrics(bold);
    const double row = metrics.height() + 3, swatch = metrics.height() * 0.6;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgba(kPanel));
    painter.drawRoundedRect(panel, 6, 6);
    double y = panel.top() + kPanelPadding;
    painter.setFont(bold);
    painter.setPen(QColor::fromRgb(kText));
    painter.drawText(QPointF(panel.left() + kPanelPadding, y + boldMetrics.ascent()),
                     legendTitle(colours, look));
    if (look.folded) {
        painter.restore();
        return panel;
    }
    y += boldMetrics.height() + 4;
    painter.setFont(normal);
    for (const MapLegendEntry& entry : colours.legend) {
        const double x = panel.left() + kPanelPadding;
        painter.setPen(Qt::NoPen);
        painter.setBrush(entry.colour);
        painter.drawEllipse(QRectF(x, y + (row - swatch) / 2, swatch, swatch));
        painter.setPen(QColor::fromRgb(kText));
        painter.drawText(QPointF(x + swatch + 6, y + metrics.ascent() + 1), entry.label);
        painter.setPen(QColor::fromRgb(kMutedText));
        const QString count = QLocale().toString(entry.count);
        painter.drawText(QPointF(panel.right() - kPanelPadding - metrics.horizontalAdvance(count),
                                 y + metrics.ascent() + 1),
                         count);
        y += row;
    }
    painter.restore();
    return panel;
}

void MapPainter::paintNote(QPainter& painter, const QString& text, const QRectF& bounds)
{
    if (text.isEmpty())
        return;
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, bounds.width() - 4 * kPanelPadding);
    const QRectF panel(
        bounds.left() + kPanelPadding, bounds.bottom() - kPanelPadding - metrics.height() - kPanelPadding,
        metrics.horizontalAdvance(shown) + 2 * kPanelPadding, metrics.height() + kPanelPadding);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgba(kPanel));
    painter.drawRoundedRect(panel, 6, 6);
    painter.setPen(QColor::fromRgb(kText));
    painter.drawText(panel, Qt::AlignCenter, shown);
    painter.restore();
}

QImage MapPainter::render(const MapScene& scene, const QSize& size, const QString& note)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background());
    const QPointF corner(kLegendInset, kLegendInset);
    const MapViewport viewport = MapViewport::fittingBeside(scene.points(), QSizeF(size),
                                                            legendRect(QFont(), scene.colours(), corner), 24);
    paintPoints(image, scene, viewport, pointRadius(1, scene.points().size()));
    paintPlaylist(image, scene, viewport);
    QPainter painter(&image);
    paintMarks(painter, scene, viewport, 0);
    paintLegend(painter, scene.colours(), corner);
    paintNote(painter, note, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace soundalike
