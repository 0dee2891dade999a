#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QAbstractItemView;
class QMenu;

namespace soundalike {

// Alt+Up and Alt+Down on a list the listener orders by hand (the seeds, the playlist, Up next, a saved
// playlist's songs): the selected rows move one place together and stay selected, so the keys can be pressed
// again. The same two moves for the context menu. One behaviour for every such list.
class RowMoveKeys : public QObject
{
    Q_OBJECT

public:
    // `move` puts `rows` (ascending) together before row `destination` of the model as it was.
    using Move = std::function<void(const std::vector<int>& rows, int destination)>;

    RowMoveKeys(QAbstractItemView& view, Move move);

    // -1: up one place, 1: down one place; nothing at either end.
    void moveSelected(int by);
    // "Move Up" and "Move Down", with their keys shown.
    void addMenuActions(QMenu& menu);

private:
    QAbstractItemView& m_view;
    Move m_move;
};

} // namespace soundalike
