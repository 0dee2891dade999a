#include "ui/MixIcon.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

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
    QIcon icon;
    const QColor ink = QApplication::palette().color(QPalette::ButtonText);
    for (const int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        const qreal s = size;
        painter.drawPath(sparkle(0.42 * s, 0.56 * s, 0.4 * s));
        painter.drawPath(sparkle(0.8 * s, 0.2 * s, 0.18 * s));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace soundalike
