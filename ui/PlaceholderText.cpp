#include "ui/PlaceholderText.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace soundalike {

namespace {

constexpr int kMargin = 24;

} // namespace

PlaceholderText::PlaceholderText(QAbstractItemView* view, QString text)
    : QObject(view), m_view(view), m_text(std::move(text))
{
    m_view->viewport()->installEventFilter(this);
}

void PlaceholderText::setText(const QString& text)
{
    m_text = text;
    m_view->viewport()->update();
}

bool PlaceholderText::eventFilter(QObject* watched, QEvent* event)
{
    if (m_painting || event->type() != QEvent::Paint || !m_view->model() || m_view->model()->rowCount() > 0)
        return QObject::eventFilter(watched, event);
    // The view paints first (its background would cover the hint), then the hint goes on top.
    QWidget* viewport = m_view->viewport();
    m_painting = true;
    QCoreApplication::sendEvent(viewport, event);
    m_painting = false;
    QPainter painter(viewport);
    painter.setPen(viewport->palette().color(QPalette::Disabled, QPalette::Text));
    const QRect area = viewport->rect().adjusted(kMargin, 0, -kMargin, 0);
    const QStringList lines = fittingLines(m_text, painter.font(), area.size());
    const int height = int(lines.size()) * painter.fontMetrics().lineSpacing();
    // Centred, as in a tall pane; a pane only a line or two high shows those lines whole.
    const QRect block(area.left(), area.top() + std::max(0, (area.height() - height) / 2), area.width(),
                      height);
    painter.drawText(block, Qt::AlignHCenter | Qt::AlignTop, lines.join(QLatin1Char('\n')));
    return true;
}

QStringList PlaceholderText::fittingLines(const QString& text, const QFont& font, QSize area)
{
    const QFontMetrics metrics(font);
    const int room = std::max(1, area.height() / metrics.lineSpacing());
    QString flowing = text;
    flowing.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(flowing, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(area.width());
        if (lines.size() + 1 == room) {
            // The last line there is room for takes the rest, cut with "…" if it is longer.
            lines << metrics.elidedText(flowing.mid(line.textStart()).simplified(), Qt::ElideRight,
                                        area.width());
            break;
        }
        lines << flowing.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace soundalike
