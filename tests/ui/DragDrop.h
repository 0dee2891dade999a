#pragma once

#include <QPoint>
#include <Qt>

class QAbstractItemView;
class QMimeData;

namespace soundalike::test {

struct DropOutcome
{
    bool enterAccepted = false;
    bool dropAccepted = false;
    Qt::DropAction action = Qt::IgnoreAction;
};

// Sends what a real drag sends to a view's viewport (enter, move, drop at `pos`), so tests exercise the
// same code paths as a mouse. Takes ownership of `data`.
DropOutcome simulateDrop(QAbstractItemView* view, QMimeData* data, QPoint pos);
// The point just inside the top or bottom of a row, where a drop goes before or after it.
QPoint abovePoint(QAbstractItemView* view, int row);
QPoint belowPoint(QAbstractItemView* view, int row);

} // namespace soundalike::test
