#include "ui/SongTreeSetup.h"

#include "ui/RoomyRowDelegate.h"

#include <QTreeView>

namespace soundalike {

void setUpSongTree(QTreeView& view)
{
    view.setRootIsDecorated(false);
    view.setUniformRowHeights(true);
    view.setItemDelegate(new RoomyRowDelegate(&view));
    view.setAlternatingRowColors(true);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setEditTriggers(QAbstractItemView::NoEditTriggers);
    view.setDragEnabled(true);
    view.setContextMenuPolicy(Qt::CustomContextMenu);
}

} // namespace soundalike
