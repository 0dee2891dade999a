#include "ui/KeyboardTooltip.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>

namespace soundalike {

KeyboardTooltip::KeyboardTooltip(QAbstractItemView* view) : QObject(view), m_view(view)
{
    m_view->installEventFilter(this);
}

bool KeyboardTooltip::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            // After the view has moved to the row the key leads to.
            QTimer::singleShot(0, this, &KeyboardTooltip::showForCurrentRow);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void KeyboardTooltip::showForCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    const QString text = current.isValid() ? current.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty() || !m_view->hasFocus()) {
        QToolTip::hideText();
        return;
    }
    // Below the row, a little in, as a hover's tooltip would sit; it goes when the row leaves the view.
    const QRect row = m_view->visualRect(current);
    QToolTip::showText(m_view->viewport()->mapToGlobal(row.bottomLeft() + QPoint(24, 2)), text,
                       m_view->viewport(), row);
}

} // namespace soundalike
