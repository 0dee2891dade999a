#include "ui/RowMoveKeys.h"

#include <QAbstractItemView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QShortcut>
#include <QTreeView>

#include <algorithm>

namespace soundalike {

namespace {

QKeySequence keysFor(int by)
{
    return QKeySequence(Qt::ALT | (by < 0 ? Qt::Key_Up : Qt::Key_Down));
}

} // namespace

RowMoveKeys::RowMoveKeys(QAbstractItemView& view, Move move)
    : QObject(&view), m_view(view), m_move(std::move(move))
{
    for (const int by : {-1, 1}) {
        connect(new QShortcut(keysFor(by), &m_view, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, [this, by] { moveSelected(by); });
    }
}

void RowMoveKeys::moveSelected(int by)
{
    QItemSelectionModel* selection = m_view.selectionModel();
    std::vector<int> rows;
    for (const QModelIndex& index : selection->selectedRows())
        rows.push_back(index.row());
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    const QAbstractItemModel* model = m_view.model();
    // The row to pass: the nearest one the view shows (a filter may hide some between).
    const auto* tree = qobject_cast<const QTreeView*>(&m_view);
    int neighbour = by < 0 ? rows.front() - 1 : rows.back() + 1;
    while (tree && neighbour >= 0 && neighbour < model->rowCount() && tree->isRowHidden(neighbour, {}))
        neighbour += by < 0 ? -1 : 1;
    if (neighbour < 0 || neighbour >= model->rowCount())
        return;
    int first = 0;
    if (rows.back() - rows.front() + 1 == int(rows.size())) {
        // One block: only the row passed moves, to its other side, and the rows hidden between go along
        // with the block; a long block does not move row by row.
        m_move({neighbour}, by < 0 ? rows.back() + 1 : rows.front());
        first = rows.front() + (by < 0 ? -1 : 1);
    } else {
        // Scattered rows close up into one block beside the row passed.
        const int destination = by < 0 ? neighbour : neighbour + 1;
        m_move(rows, destination);
        first = by < 0 ? destination : destination - int(rows.size());
    }
    const QItemSelection moved(model->index(first, 0), model->index(first + int(rows.size()) - 1, 0));
    selection->select(moved, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->setCurrentIndex(model->index(first, 0), QItemSelectionModel::NoUpdate);
}

void RowMoveKeys::addMenuActions(QMenu& menu)
{
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move Up"), keysFor(-1), this,
                   [this] { moveSelected(-1); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move Down"), keysFor(1), this,
                   [this] { moveSelected(1); });
}

} // namespace soundalike
