#pragma once

#include <QAbstractItemView>

namespace soundalike {

// The row a drop at `pos` (viewport coordinates) inserts before: below the middle of a row means after it,
// empty space below the last row means the end.
inline int dropRow(const QAbstractItemView& view, const QPoint& pos)
{
    const QModelIndex index = view.indexAt(pos);
    if (!index.isValid())
        return view.model()->rowCount();
    return index.row() + (pos.y() > view.visualRect(index).center().y() ? 1 : 0);
}

} // namespace soundalike
