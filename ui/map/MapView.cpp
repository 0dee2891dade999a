#include "ui/map/MapView.h"

#include "core/service/MapExport.h"
#include "core/service/MapPainter.h"
#include "ui/ArtistText.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace soundalike {

namespace {

constexpr double kMargin = 24;
constexpr double kHoverPixels = 8;
// The hover label's distance from its point, and the least from the view's edges.
constexpr int kLabelOffset = 14;
constexpr int kLabelEdge = 4;
constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 400;
constexpr double kKeyZoom = 1.25;
constexpr double kKeyPan = 0.125; // of the view's size
constexpr int kPulseMs = 1200;
constexpr int kPulseFrameMs = 33;
constexpr int kDragThreshold = 4;

} // namespace

MapView::MapView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_click.setSingleShot(true);
    connect(&m_click, &QTimer::timeout, this, [this] {
        if (m_clicked)
            emit playRequested(*m_clicked);
        m_clicked.reset();
    });
    m_pulse.setInterval(kPulseFrameMs);
    connect(&m_pulse, &QTimer::timeout, this, &MapView::updatePulse);
}

void MapView::setMap(const LibraryMapResult& map)
{
    const bool wasEmpty = m_scene.points().empty();
    m_scene.setPoints(map.points);
    m_grid = std::make_unique<PointGrid>(m_scene.points());
    m_note = coverageNote(map.coverage);
    m_hover.reset();
    m_scene.setHighlighted(m_highlightIds);
    m_scene.setSeeds(m_seedIds);
    m_scene.setPlaylist(m_playlistIds);
    // The song may have started before the map was laid out or loaded: it pulses from now on.
    showPlaying();
    // A full layout moves everything: show it whole. Placed tracks leave the view where the user put it.
    if (wasEmpty || map.action == LibraryMapResult::Action::LaidOut)
        m_fitted = false;
    recolour();
}

void MapView::setCoverage(const MapCoverage& coverage)
{
    m_note = coverageNote(coverage);
    update();
}

void MapView::setCatalog(std::shared_ptr<const TrackCatalog> catalog)
{
    m_catalog = std::move(catalog);
    recolour();
}

void MapView::setColouring(std::unique_ptr<MapColouring> colouring)
{
    m_colouring = std::move(colouring);
    recolour();
}

void MapView::setHighlighted(const std::optional<std::vector<std::int64_t>>& ids)
{
    m_highlightIds = ids;
    m_scene.setHighlighted(ids);
    changed();
}

void MapView::setSeeds(const std::vector<std::int64_t>& ids)
{
    m_seedIds = ids;
    m_scene.setSeeds(ids);
    update();
}

void MapView::setPlaylist(const std::vector<std::int64_t>& ids)
{
    m_playlistIds = ids;
    m_scene.setPlaylist(ids);
    changed();
}

void MapView::setPlaying(std::optional<std::int64_t> id)
{
    m_playingId = id;
    showPlaying();
}

void MapView::showPlaying()
{
    m_scene.setPlaying(m_playingId);
    if (m_scene.playing()) {
        m_pulseClock.start();
        m_pulse.start();
    } else {
        m_pulse.stop();
    }
    update();
}

// Only the ring's square is painted again: the whole map 30 times a second cost 6 % of a core while a song
// played with the Map tab open.
void MapView::updatePulse()
{
    const std::optional<QPointF> at = m_playingId ? screenPosition(*m_playingId) : std::nullopt;
    if (!at)
        return;
    const int reach = int(std::ceil(MapPainter::kPulseReach)) + 2; // the pen, and antialiasing
    update(QRect(at->toPoint() - QPoint(reach, reach), QSize(2 * reach + 1, 2 * reach + 1)));
}

std::optional<QPointF> MapView::screenPosition(std::int64_t id) const
{
    const auto index = m_scene.indexOf(id);
    if (!index)
        return std::nullopt;
    return m_viewport.toScreen(m_scene.points()[std::size_t(*index)]);
}

QRectF MapView::legendRect() const
{
    return MapPainter::legendRect(font(), m_scene.colours(),
                                  QPointF(MapPainter::kLegendInset, MapPainter::kLegendInset),
                                  {m_legendFolded, true});
}

void MapView::setLegendFolded(bool folded)
{
    if (folded == m_legendFolded)
        return;
    m_legendFolded = folded;
    refit();
}

void MapView::showAll()
{
    m_viewport = MapViewport::fittingBeside(m_scene.points(), QSizeF(size()), legendRect(), kMargin);
    m_fitScale = m_viewport.scale;
    m_fitted = true;
    m_moved = false;
    changed();
}

void MapView::zoomBy(double factor, const QPointF& at)
{
    const double scale = std::clamp(m_viewport.scale * factor, m_fitScale * kMinZoom, m_fitScale * kMaxZoom);
    const double applied = scale / m_viewport.scale;
    m_viewport.offset = at - (at - m_viewport.offset) * applied;
    m_viewport.scale = scale;
    m_moved = m_moved || applied != 1;
    changed();
}

void MapView::panBy(const QPointF& delta)
{
    m_viewport.offset += delta;
    m_moved = true;
    changed();
}

void MapView::recolour()
{
    m_scene.setColours(m_colouring ? m_colouring->colour(m_scene.points()) : MapColours{});
    // Another legend takes another corner.
    refit();
}

void MapView::refit()
{
    if (!m_moved)
        m_fitted = false;
    changed();
}

void MapView::changed()
{
    m_layerStale = true;
    update();
}

double MapView::zoom() const
{
    return m_viewport.scale / m_fitScale;
}

std::optional<int> MapView::pointAt(const QPointF& position) const
{
    if (!m_grid)
        return std::nullopt;
    return m_grid->nearest(m_viewport.toMap(position), kHoverPixels / m_viewport.scale);
}

void MapView::paintEvent(QPaintEvent*)
{
    if (!m_fitted)
        showAll();
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_layerStale || m_layer.size() != pixels) {
        if (m_layer.size() != pixels)
            m_layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_layer.setDevicePixelRatio(dpr);
        m_layer.fill(MapPainter::background());
        MapPainter::paintPoints(m_layer, m_scene, m_viewport,
                                MapPainter::pointRadius(zoom(), m_scene.points().size()));
        MapPainter::paintPlaylist(m_layer, m_scene, m_viewport);
        m_layerStale = false;
    }
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_layer);
    if (m_scene.points().empty()) {
        paintEmpty(painter);
        return;
    }
    const double pulse = m_pulse.isActive() ? double(m_pulseClock.elapsed() % kPulseMs) / kPulseMs : 0;
    MapPainter::paintMarks(painter, m_scene, m_viewport, pulse);
    if (m_lasso.size() > 1) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 1.5, Qt::DashLine));
        painter.setBrush(QColor(255, 255, 255, 30));
        painter.drawPolygon(m_lasso);
    }
    MapPainter::paintLegend(painter, m_scene.colours(),
                            QPointF(MapPainter::kLegendInset, MapPainter::kLegendInset),
                            {m_legendFolded, true});
    MapPainter::paintNote(painter, m_note, QRectF(rect()));
    paintHover(painter);
}

void MapView::paintEmpty(QPainter& painter)
{
    painter.setPen(QColor(0xe8, 0xe8, 0xea));
    const QString text =
        m_note.isEmpty() ? tr("The map shows the library once its tracks are analysed.") : m_note;
    painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QString MapView::describe(std::int64_t id) const
{
    const Track* track = m_catalog ? m_catalog->find(id) : nullptr;
    if (!track)
        return tr("Track %1").arg(id);
    QStringList details{artistText(track->artist)};
    if (!track->album.isEmpty())
        details << track->album;
    if (track->year > 0)
        details << QString::number(track->year);
    return track->title + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
}

void MapView::paintHover(QPainter& painter)
{
    if (!m_hover)
        return;
    const MapPoint& point = m_scene.points()[std::size_t(*m_hover)];
    const QPointF at = m_viewport.toScreen(point);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawEllipse(at, 6.0, 6.0);
    const QString text = describe(point.id);
    const QFontMetrics metrics(font());
    const int wrapAt = std::clamp(width() - 2 * kLabelEdge - 16, 40, 480);
    const QRect textBox = metrics.boundingRect(QRect(0, 0, wrapAt, 200), Qt::TextWordWrap, text);
    const QRect box = hoverLabelBox(textBox.adjusted(-8, -6, 8, 6).size(), at, size());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(20, 21, 26, 235));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(QColor(0xe8, 0xe8, 0xea));
    painter.drawText(box.adjusted(8, 6, -8, -6), Qt::TextWordWrap, text);
}

QRect MapView::hoverLabelBox(QSize label, QPointF at, QSize view)
{
    QRect box(QPoint(int(at.x()) + kLabelOffset, int(at.y()) + kLabelOffset), label);
    if (box.right() > view.width() - kLabelEdge)
        box.moveRight(int(at.x()) - kLabelOffset);
    if (box.bottom() > view.height() - kLabelEdge)
        box.moveBottom(int(at.y()) - kLabelOffset);
    // Flipped left of a point near a narrow view's middle, a wide label still ran past the left edge.
    box.moveLeft(std::max(kLabelEdge, std::min(box.left(), view.width() - kLabelEdge - box.width())));
    box.moveTop(std::max(kLabelEdge, box.top()));
    return box;
}

void MapView::resizeEvent(QResizeEvent*)
{
    // A view the user has not zoomed or moved keeps showing the whole map.
    if (!m_moved)
        m_fitted = false;
    m_layerStale = true;
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return;
    if (event->button() == Qt::LeftButton && legendRect().contains(event->position())) {
        setLegendFolded(!m_legendFolded);
        emit legendFoldedChanged(m_legendFolded);
        return;
    }
    m_pressAt = event->position();
    m_lastDrag = event->position();
    m_dragged = false;
    const bool lasso =
        event->button() == Qt::LeftButton && (m_lassoMode || event->modifiers().testFlag(Qt::ShiftModifier));
    if (lasso)
        m_lasso = QPolygonF{event->position()};
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressAt) {
        m_dragged = m_dragged || (event->position() - *m_pressAt).manhattanLength() > kDragThreshold;
        if (!m_lasso.isEmpty()) {
            m_lasso << event->position();
            update();
        } else if (m_dragged) {
            panBy(event->position() - m_lastDrag);
        }
        m_lastDrag = event->position();
        return;
    }
    // Over the legend a click folds it: no point under it is hovered, and the pointer says it can be clicked.
    const bool onLegend = legendRect().contains(event->position());
    if (onLegend)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    const std::optional<int> hover = onLegend ? std::nullopt : pointAt(event->position());
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressAt)
        return;
    const bool click = !m_dragged && event->button() == Qt::LeftButton && !m_doubleClicked;
    m_doubleClicked = false;
    m_pressAt.reset();
    if (!m_lasso.isEmpty() && m_dragged) {
        finishLasso();
        return;
    }
    m_lasso.clear();
    if (!click)
        return;
    if (const auto index = pointAt(event->position())) {
        m_clicked = m_scene.points()[std::size_t(*index)].id;
        m_click.start(QApplication::doubleClickInterval());
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    m_click.stop();
    m_clicked.reset();
    if (event->button() != Qt::LeftButton)
        return;
    // Both presses of a double-click on the legend have folded or opened it: nothing under it is seeded.
    if (legendRect().contains(event->position()))
        return;
    m_doubleClicked = true;
    m_pressAt = event->position();
    m_dragged = false;
    if (const auto index = pointAt(event->position()))
        emit seedRequested(m_scene.points()[std::size_t(*index)].id);
}

void MapView::contextMenuEvent(QContextMenuEvent* event)
{
    // The menu key has no pointer position of its own: it means the point the pointer rests on.
    const std::optional<int> index =
        event->reason() == QContextMenuEvent::Keyboard ? m_hover : pointAt(event->pos());
    if (!index) {
        event->ignore();
        return;
    }
    // A click just before would otherwise still play its track while the menu is open.
    m_click.stop();
    m_clicked.reset();
    const qint64 id = m_scene.points()[std::size_t(*index)].id;
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play Now"), this,
                   [this, id] { emit playRequested(id); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Play Next"), this,
                   [this, id] { emit queueRequested(id, true); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to Queue"), this,
                   [this, id] { emit queueRequested(id, false); });
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add as Seed"), this,
                   [this, id] { emit seedRequested(id); });
    const QPoint at = event->reason() == QContextMenuEvent::Keyboard
                          ? mapToGlobal(screenPosition(id).value_or(QPointF()).toPoint())
                          : event->globalPos();
    menu.exec(at);
}

void MapView::finishLasso()
{
    QPolygonF area;
    for (const QPointF& p : std::as_const(m_lasso))
        area << m_viewport.toMap(p);
    m_lasso.clear();
    update();
    if (!m_grid || area.size() < 3)
        return;
    QList<qint64> ids;
    for (int index : m_grid->inside(area))
        ids << m_scene.points()[std::size_t(index)].id;
    if (!ids.isEmpty())
        emit seedsSelected(ids);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(kKeyZoom, steps), event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double stepX = width() * kKeyPan, stepY = height() * kKeyPan;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kKeyZoom, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / kKeyZoom, centre);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        showAll();
        break;
    case Qt::Key_L:
        setLegendFolded(!m_legendFolded);
        emit legendFoldedChanged(m_legendFolded);
        break;
    case Qt::Key_Left:
        panBy(QPointF(stepX, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-stepX, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, stepY));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -stepY));
        break;
    case Qt::Key_Escape:
        m_lasso.clear();
        m_pressAt.reset();
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent*)
{
    if (m_hover) {
        m_hover.reset();
        update();
    }
}

} // namespace soundalike
