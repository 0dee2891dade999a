#include "ui/PlayOrderIcons.h"

#include "ui/DrawnIcon.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <functional>

namespace soundalike {

namespace {

using Drawing = std::function<void(QPainter&, qreal size)>;

// The theme's icon by `name`, else one drawn: painted only when the theme has none.
QIcon themedOr(const QString& name, const Drawing& draw)
{
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : drawnIcon(draw);
}

// A filled arrowhead whose tip is at `tip`, pointing along `direction` (+1 right, -1 left).
void arrowHead(QPainter& painter, QPointF tip, qreal direction, qreal size)
{
    const qreal length = size * 0.2;
    painter.drawPolygon(QPolygonF{tip, tip + QPointF(-direction * length, -length * 0.7),
                                  tip + QPointF(-direction * length, length * 0.7)});
}

} // namespace

QIcon PlayOrderIcons::shuffle()
{
    return themedOr(QStringLiteral("media-playlist-shuffle"), [](QPainter& p, qreal s) {
        QPainterPath down(QPointF(0.1 * s, 0.28 * s));
        down.cubicTo(0.45 * s, 0.28 * s, 0.45 * s, 0.72 * s, 0.75 * s, 0.72 * s);
        QPainterPath up(QPointF(0.1 * s, 0.72 * s));
        up.cubicTo(0.45 * s, 0.72 * s, 0.45 * s, 0.28 * s, 0.75 * s, 0.28 * s);
        p.save();
        p.setBrush(Qt::NoBrush);
        p.drawPath(down);
        p.drawPath(up);
        p.restore();
        arrowHead(p, QPointF(0.92 * s, 0.28 * s), 1, s);
        arrowHead(p, QPointF(0.92 * s, 0.72 * s), 1, s);
    });
}

QIcon PlayOrderIcons::repeat(bool oneSong)
{
    const QString name =
        oneSong ? QStringLiteral("media-playlist-repeat-song") : QStringLiteral("media-playlist-repeat");
    return themedOr(name, [oneSong](QPainter& p, qreal s) {
        p.save();
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(0.12 * s, 0.28 * s, 0.76 * s, 0.46 * s), 0.16 * s, 0.16 * s);
        p.restore();
        arrowHead(p, QPointF(0.62 * s, 0.28 * s), 1, s);
        arrowHead(p, QPointF(0.38 * s, 0.74 * s), -1, s);
        if (oneSong) {
            // A badge over the loop's corner: a "1" inside the loop was a smudge at the bar's 22 pixels.
            const QRectF badge(0.46 * s, 0.46 * s, 0.54 * s, 0.54 * s);
            const QColor paper = QApplication::palette().color(QPalette::Button);
            p.save();
            p.setPen(QPen(paper, s / 14.0)); // a rim of the button's colour parts it from the loop
            p.drawEllipse(badge);
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(std::max(7, int(0.46 * s)));
            p.setFont(font);
            p.setPen(paper);
            p.drawText(badge, Qt::AlignCenter, QStringLiteral("1"));
            p.restore();
        }
    });
}

} // namespace soundalike
