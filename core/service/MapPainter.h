#pragma once

#include "core/service/MapScene.h"

#include <QFont>
#include <QImage>
#include <QPolygonF>

class QPainter;

namespace soundalike {

// How the map's legend shows. The window's legend folds to its title with a click, giving a small pane's
// room to the map, and its title then says so with a mark (▾ open, ▸ folded); a rendered image has none.
struct MapLegendLook
{
    bool folded = false;
    bool foldMark = false;
};

// The picture of a library map, painted the same way on the Map view and into `soundalike-cli map --png`.
// Points and the playlist's line are drawn straight into the image's pixels (100,000 points in a few
// milliseconds, where one QPainter call per point would take tens; see PolylineStroker for the line); arrows,
// marks and texts are drawn with QPainter on top.
class MapPainter
{
public:
    static QColor background();
    // Point radius in logical pixels for a zoom factor (1 = the whole map in view) and a number of points:
    // points grow as the user zooms in, so that a dense region opens up, and are larger on a sparse map.
    static double pointRadius(double zoom, std::size_t points);

    // `canvas` must be Format_ARGB32_Premultiplied; positions are in its logical pixels.
    static void paintPoints(QImage& canvas, const MapScene& scene, const MapViewport& viewport,
                            double radius);
    // The playlist as a line through its tracks in play order, with its first track marked. `canvas` must be
    // Format_ARGB32_Premultiplied and have no painter active on it.
    static void paintPlaylist(QImage& canvas, const MapScene& scene, const MapViewport& viewport);
    // Rings around the seeds, and around the playing track one that swells and fades as `pulse` goes 0 → 1.
    static void paintMarks(QPainter& painter, const MapScene& scene, const MapViewport& viewport,
                           double pulse);
    // The legend in a panel whose top left corner is `topLeft`; returns the panel's rectangle.
    static QRectF paintLegend(QPainter& painter, const MapColours& colours, const QPointF& topLeft,
                              MapLegendLook look = {});
    // The rectangle paintLegend() fills in `font` (empty without a legend), for fitting the map beside it.
    [[nodiscard]] static QRectF legendRect(const QFont& font, const MapColours& colours,
                                           const QPointF& topLeft, MapLegendLook look = {});
    // The playing track's swelling ring: its radius from start to end, in pixels (its pen is 2 wide).
    static constexpr double kPulseFrom = 6;
    static constexpr double kPulseReach = 20;
    // Where the legend's top left corner goes, in the window and in rendered images.
    static constexpr double kLegendInset = 10;
    // A line of text in a panel along the bottom of `bounds`.
    static void paintNote(QPainter& painter, const QString& text, const QRectF& bounds);

    // The whole map, fitted to an image of `size` (for files and screenshots).
    [[nodiscard]] static QImage render(const MapScene& scene, const QSize& size, const QString& note);
};

} // namespace soundalike
