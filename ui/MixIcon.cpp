#include "ui/MixIcon.h"

#include "ui/DrawnIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace soundalike {

namespace {

// A four-pointed star centred at (x, y) with arms `r` long.
QPainterPath sparkle(qreal x, qreal y, qreal r)
{
    const qreal waist = r * 0.28;
    QPainterPath star(QPointF(x, y - r));
    star.lineTo(x + waist, y - waist);
    star.lineTo(x + r, y);
    star.lineTo(x + waist, y + waist);
    star.lineTo(x, y + r);
    star.lineTo(x - waist, y + waist);
    star.lineTo(x - r, y);
    star.lineTo(x - waist, y - waist);
    star.closeSubpath();
    return star;
}

} // namespace

QIcon mixIcon()
{
    if (QIcon::hasThemeIcon(QStringLiteral("tools-wizard")))
        return QIcon::fromTheme(QStringLiteral("tools-wizard"));
    return drawnIcon([](QPainter& painter, qreal s) {
        painter.setPen(Qt::NoPen);
        painter.drawPath(sparkle(0.42 * s, 0.56 * s, 0.4 * s));
        painter.drawPath(sparkle(0.8 * s, 0.2 * s, 0.18 * s));
    });
}

} // namespace soundalike
