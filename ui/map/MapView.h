#pragma once

#include "core/service/MapColouring.h"
#include "core/service/MapScene.h"
#include "core/service/MapTypes.h"
#include "core/service/TrackCatalog.h"
#include "ui/map/PointGrid.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace soundalike {

// The library map: every track on it a point, coloured by a MapColouring with a legend; the library filter's
// matches stand out; seeds are ringed; the playlist is a line through its tracks in play order; the playing
// track pulses. Wheel or +/- zooms (at the pointer), dragging or the arrow keys pan, 0 or Home shows the
// whole map, a click on the legend or L folds it to its title. Hovering names a track, a click plays it, a
// double-click makes it a seed, a right-click offers what every track list's menu does (play now or next,
// queue, seed), and a lasso (drag with Shift held, or in lasso mode) makes the tracks it encloses seeds.
// Points are painted into a cached image (MapPainter), so a pan or zoom frame at 100,000 tracks stays well
// under 16 ms.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget* parent = nullptr);

    // A new map from LibraryMap. The view stays where it is unless the map was empty.
    void setMap(const LibraryMapResult& map);
    // The tracks not on the map counted again since it came (LibraryMap::coverageChanged).
    void setCoverage(const MapCoverage& coverage);
    // What the view says about the tracks not on the map; empty when every track is on it.
    const QString& coverageText() const { return m_note; }
    // Track names for hovering and tags for colouring.
    void setCatalog(std::shared_ptr<const TrackCatalog> catalog);
    void setColouring(std::unique_ptr<MapColouring> colouring);
    // The library filter's matches; nullopt when no filter is set.
    void setHighlighted(const std::optional<std::vector<std::int64_t>>& ids);
    void setSeeds(const std::vector<std::int64_t>& ids);
    // The playlist in play order.
    void setPlaylist(const std::vector<std::int64_t>& ids);
    void setPlaying(std::optional<std::int64_t> id);
    // Plain drags draw a lasso instead of panning.
    void setLassoMode(bool on) { m_lassoMode = on; }
    // The legend folded to its title (a click on it folds and opens it): a small pane's room goes to the map.
    void setLegendFolded(bool folded);
    bool legendFolded() const { return m_legendFolded; }
    // Where the legend is drawn, in widget coordinates; empty without one.
    QRectF legendRect() const;

    const MapScene& scene() const { return m_scene; }
    const MapViewport& viewport() const { return m_viewport; }
    // Where a track is drawn, in widget coordinates (for tests and tools).
    std::optional<QPointF> screenPosition(std::int64_t id) const;
    // Where the hover label of `label`'s size goes for a point at `at`: below and to the right of it, above
    // or to its left where the view ends, and never past the view's edges (it was cut off at the left).
    [[nodiscard]] static QRect hoverLabelBox(QSize label, QPointF at, QSize view);

public slots:
    void showAll();
    void zoomBy(double factor, const QPointF& at);
    void panBy(const QPointF& delta);

signals:
    void playRequested(qint64 trackId);
    void seedRequested(qint64 trackId);
    // Play Next (`next`) or Add to Queue, from a point's context menu.
    void queueRequested(qint64 trackId, bool next);
    // The tracks a lasso enclosed, in map order.
    void seedsSelected(const QList<qint64>& trackIds);
    // The listener folded or opened the legend.
    void legendFoldedChanged(bool folded);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updatePulse();
    // Marks the playing song on the map as it is now, its ring pulsing when it is there.
    void showPlaying();
    void recolour();
    // The map fitted anew beside the legend as it is now, unless the user has zoomed or panned.
    void refit();
    void changed();
    double zoom() const;
    std::optional<int> pointAt(const QPointF& position) const;
    void finishLasso();
    void paintHover(QPainter& painter);
    void paintEmpty(QPainter& painter);
    QString describe(std::int64_t id) const;

    MapScene m_scene;
    std::unique_ptr<PointGrid> m_grid;
    std::shared_ptr<const TrackCatalog> m_catalog;
    std::unique_ptr<MapColouring> m_colouring;
    // What the scene shows by id, kept across new maps.
    std::optional<std::vector<std::int64_t>> m_highlightIds;
    std::vector<std::int64_t> m_seedIds;
    std::vector<std::int64_t> m_playlistIds;
    std::optional<std::int64_t> m_playingId;
    QString m_note;

    MapViewport m_viewport;
    double m_fitScale = 1;
    bool m_fitted = false;
    // The user zoomed or panned since the view last showed the whole map: a new legend or size keeps their
    // view.
    bool m_moved = false;
    // The points and the playlist's line, repainted only when the view, the scene or the playlist changes:
    // the pulse of the playing track and the hover box are drawn over it without redrawing either.
    QImage m_layer;
    bool m_layerStale = true;

    std::optional<int> m_hover;
    QPointF m_hoverAt;
    std::optional<QPointF> m_pressAt;
    QPointF m_lastDrag;
    bool m_dragged = false;
    bool m_lassoMode = false;
    bool m_legendFolded = false;
    QPolygonF m_lasso; // widget coordinates while drawing
    QTimer m_click;    // a click plays once it is clear it was not the first of a double-click
    std::optional<std::int64_t> m_clicked;
    bool m_doubleClicked = false; // the release that ends a double-click is no click
    QTimer m_pulse;
    QElapsedTimer m_pulseClock;
};

} // namespace soundalike
