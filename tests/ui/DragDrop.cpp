#include "tests/ui/DragDrop.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>

#include <memory>

namespace soundalike::test {

DropOutcome simulateDrop(QAbstractItemView* view, QMimeData* data, QPoint pos)
{
    const std::unique_ptr<QMimeData> owned(data);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QWidget* viewport = view->viewport();
    DropOutcome outcome;
    QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    outcome.enterAccepted = enter.isAccepted();
    QDragMoveEvent move(pos, actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), actions, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    outcome.dropAccepted = drop.isAccepted();
    outcome.action = drop.dropAction();
    return outcome;
}

QPoint abovePoint(QAbstractItemView* view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return {rect.center().x(), rect.top() + 2};
}

QPoint belowPoint(QAbstractItemView* view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return {rect.center().x(), rect.bottom() - 2};
}

} // namespace soundalike::test
