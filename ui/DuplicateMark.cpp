#include "ui/DuplicateMark.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace soundalike {

namespace {

constexpr int kShownCopies = 5; // more would make a tooltip taller than the screen for a much-copied song

// Drawn, not taken from the icon theme: a desktop without one must still show the mark.
QPixmap sheets(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = QGuiApplication::palette();
    painter.setPen(QPen(palette.color(QPalette::Text), size / 12.0));
    const double sheet = size * 0.6;
    for (const double offset : {size * 0.08, size * 0.32}) {
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(offset, offset, sheet, sheet), size / 10.0, size / 10.0);
    }
    return pixmap;
}

} // namespace

QIcon DuplicateMark::icon()
{
    static const QIcon icon = [] {
        QIcon made;
        for (const int size : {16, 24, 32})
            made.addPixmap(sheets(size));
        return made;
    }();
    return icon;
}

QString DuplicateMark::tooltip(const std::vector<const Track*>& copies)
{
    if (copies.empty())
        return {};
    QString text = tr("The same recording is in the library %n more time(s):", nullptr, int(copies.size()));
    for (std::size_t i = 0; i < copies.size() && i < std::size_t(kShownCopies); ++i)
        text += QLatin1Char('\n') + displayPath(copies[i]->path);
    if (copies.size() > std::size_t(kShownCopies))
        text += QLatin1Char('\n') + tr("…and %n more", nullptr, int(copies.size()) - kShownCopies);
    return text;
}

} // namespace soundalike
