#pragma once

#include <algorithm>
#include <vector>

namespace soundalike {

// Moves a selection of rows so they end up together, in their old order, just before `destination`
// (a row number counted before the move), as a sequence of one-row moves that item models can announce
// with beginMoveRows. `moveOne(from, to)` moves row `from` to before row `to`, both counted before that
// one move.
template <typename MoveOne> void moveRowsTo(std::vector<int> rows, int destination, MoveOne moveOne)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int movedFromAbove = 0;
    int placedBelow = 0;
    for (const int row : rows) {
        if (row < destination) {
            // Rows moved earlier have left the space above this one.
            const int from = row - movedFromAbove++;
            if (from != destination - 1)
                moveOne(from, destination);
        } else {
            const int to = destination + placedBelow++;
            if (to != row)
                moveOne(row, to);
        }
    }
}

} // namespace soundalike
