#include "ui/CoverLabel.h"

#include "ui/CoverPlaceholder.h"
#include "ui/CoverProvider.h"

#include <QPainter>
#include <QPainterPath>

namespace soundalike {

CoverLabel::CoverLabel(CoverProvider& covers, int edge, QWidget* parent)
    : QWidget(parent), m_covers(covers), m_edge(edge)
{
    setFixedSize(edge, edge);
    connect(&m_covers, &CoverProvider::coverReady, this, [this](std::int64_t id) {
        if (m_track && m_track->id == id)
            refresh();
    });
}

void CoverLabel::setTrack(const std::optional<Track>& track)
{
    m_track = track;
    refresh();
}

void CoverLabel::refresh()
{
    m_pixmap = m_track ? m_covers.cover(*m_track, m_edge, devicePixelRatioF()) : QPixmap();
    update();
}

void CoverLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect();
    QPainterPath clip;
    clip.addRoundedRect(area, 4, 4);
    painter.setClipPath(clip);
    if (!m_pixmap.isNull()) {
        const QSizeF size = m_pixmap.deviceIndependentSize();
        const QRectF target(area.center() - QPointF(size.width(), size.height()) / 2, size);
        painter.fillRect(area, palette().color(QPalette::Dark));
        painter.drawPixmap(target.topLeft(), m_pixmap);
        return;
    }
    paintCoverPlaceholder(painter, area, palette());
}

} // namespace soundalike
