#include "ui/TrackDropHandler.h"

#include "ui/DropPosition.h"
#include "ui/TrackMime.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QUuid>

namespace soundalike {

TrackDropHandler::TrackDropHandler(QAbstractItemView* view)
    : QObject(view), m_view(view), m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->viewport()->installEventFilter(this);
}

bool TrackDropHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto* dropEvent = static_cast<QDropEvent*>(event);
    drop(dropEvent);
    // The view's own clean-up after a drag (indicator, auto-scroll, state) is what a drag leave does.
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(m_view->viewport(), &leave);
    return true;
}

void TrackDropHandler::drop(QDropEvent* event)
{
    const QMimeData* data = event->mimeData();
    const int row = dropRow(*m_view, event->position().toPoint());
    // A copy, even for a reorder: a "move" result would make the dragging view delete the rows it sent.
    event->setDropAction(Qt::CopyAction);
    if (TrackMime::origin(data) == m_origin) {
        std::vector<int> rows;
        for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
            rows.push_back(index.row());
        event->accept();
        emit rowsMoved(rows, row);
        return;
    }
    if (const std::vector<std::int64_t> ids = TrackMime::trackIds(data); !ids.empty()) {
        event->accept();
        emit tracksDropped(ids, row);
        return;
    }
    if (const std::vector<FilePath> paths = TrackMime::localPaths(data); !paths.empty()) {
        event->accept();
        emit pathsDropped(paths, row);
        return;
    }
    event->ignore();
}

} // namespace soundalike
