#include "ui/RemovalCursor.h"

#include <QAbstractItemView>

namespace soundalike {

namespace {

int shownRowNear(int rows, int from, const std::function<bool(int)>& shown)
{
    const auto isShown = [&](int row) { return !shown || shown(row); };
    for (int row = from; row < rows; ++row) {
        if (isShown(row))
            return row;
    }
    for (int row = std::min(from, rows) - 1; row >= 0; --row) {
        if (isShown(row))
            return row;
    }
    return -1;
}

} // namespace

void selectAfterRemoval(QAbstractItemView& view, int firstRemoved, const std::function<bool(int)>& shown)
{
    QAbstractItemModel& model = *view.model();
    const int row = shownRowNear(model.rowCount(), firstRemoved, shown);
    if (row < 0) {
        view.selectionModel()->clearSelection();
        return;
    }
    view.selectionModel()->setCurrentIndex(model.index(row, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace soundalike
