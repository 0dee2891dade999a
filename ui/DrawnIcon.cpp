#include "ui/DrawnIcon.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace soundalike {

QIcon drawnIcon(const std::function<void(QPainter& painter, qreal size)>& draw)
{
    QIcon icon;
    const QColor ink = QApplication::palette().color(QPalette::ButtonText);
    for (const int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ink, size / 11.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(ink);
        draw(painter, size);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace soundalike
