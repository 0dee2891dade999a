#pragma once

#include "core/common/FilePath.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <vector>

class QAbstractItemView;
class QDropEvent;

namespace soundalike {

// Takes drops on an item view and says what arrived and where: rows of the view itself (a reorder, known by
// the drag's origin token rather than by the drag source, which only a real drag has), tracks
// from another view (ids), or files and folders from a file manager. The view still draws the drop
// indicator; the handler only replaces the model's drop so that nothing is ever removed by the source.
class TrackDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit TrackDropHandler(QAbstractItemView* view);

    // What the view's model must put in its drags (TrackMime::encode) for reorders to be recognised.
    const QString& origin() const { return m_origin; }

signals:
    void rowsMoved(const std::vector<int>& rows, int destination);
    void tracksDropped(const std::vector<std::int64_t>& ids, int row);
    void pathsDropped(const std::vector<soundalike::FilePath>& paths, int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void drop(QDropEvent* event);

    QAbstractItemView* m_view;
    QString m_origin;
};

} // namespace soundalike
