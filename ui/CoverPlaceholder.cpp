#include "ui/CoverPlaceholder.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPalette>

namespace soundalike {

void paintCoverPlaceholder(QPainter& painter, const QRectF& area, const QPalette& palette, qreal radius)
{
    const QColor light = palette.color(QPalette::Midlight);
    const QColor dark = palette.color(QPalette::Mid);
    QLinearGradient gradient(area.topLeft(), area.bottomRight());
    gradient.setColorAt(0, light);
    gradient.setColorAt(1, dark);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRoundedRect(area, radius, radius);
    // A light note on a dark square, a dark one on a light square: the palette's Base was dark on dark in a
    // dark theme, where Mid and Midlight are dark too.
    const int under = (light.lightness() + dark.lightness()) / 2;
    QColor note = under < 128 ? palette.color(QPalette::WindowText) : palette.color(QPalette::Base);
    note.setAlphaF(0.8f);
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::min(area.width(), area.height()) * 0.45)));
    painter.setFont(font);
    painter.setPen(note);
    painter.drawText(area, Qt::AlignCenter, QStringLiteral("♪"));
    painter.restore();
}

} // namespace soundalike
