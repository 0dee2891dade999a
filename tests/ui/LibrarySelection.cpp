#include "tests/ui/LibrarySelection.h"

#include "ui/LibraryModel.h"
#include "ui/LibraryTreeModel.h"
#include "ui/LibraryView.h"

#include <QItemSelection>
#include <QTableView>
#include <QTreeView>

namespace soundalike::test {

void selectInLibrary(LibraryView& view, bool table, const std::vector<std::int64_t>& ids)
{
    view.showTable(table);
    QAbstractItemView* shown = table ? static_cast<QAbstractItemView*>(view.table()) : view.tree();
    if (!table)
        view.tree()->expandAll();
    QItemSelection selection;
    for (const std::int64_t id : ids) {
        const QModelIndex index = table ? view.tableModel().index(view.tableModel().rowOfTrack(id), 0)
                                        : view.treeModel().indexOfTrack(id);
        selection.select(index, index);
    }
    if (selection.isEmpty())
        return;
    shown->selectionModel()->setCurrentIndex(selection.indexes().front(), QItemSelectionModel::NoUpdate);
    shown->selectionModel()->select(selection,
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace soundalike::test
