#include "ui/RowMoveKeys.h"

#include <QAbstractItemView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QShortcut>

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
    // Moving down by one means landing before the row two below the last selected one.
    const int destination = by < 0 ? rows.front() - 1 : rows.back() + 2;
    const QAbstractItemModel* model = m_view.model();
    if (destination < 0 || destination > model->rowCount())
        return;
    m_move(rows, destination);
    const int first = by < 0 ? destination : destination - int(rows.size());
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
