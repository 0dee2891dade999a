#include "ui/PlaceholderText.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QPainter>

namespace soundalike {

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
    const QRect area = viewport->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_text);
    return true;
}

} // namespace soundalike
