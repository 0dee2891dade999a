#pragma once

#include "core/common/PlaylistEntry.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QFont>

#include <vector>

namespace soundalike {

// A list of songs as a table, as the playlist, the queue and a saved playlist show it: position, title,
// artist, time and, where the list knows it, the match to the seeds. Rows drag out as songs (TrackMime);
// what a drop does is the view's (TrackDropHandler), through the edits below.
class SongTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Title,
        Artist,
        Duration,
        Similarity,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    virtual void insertTracks(int row, const std::vector<Track>& tracks) = 0;
    virtual void removeRowList(std::vector<int> rows) = 0;
    virtual void moveRowList(const std::vector<int>& rows, int destination) = 0;
    // The token drags from this model carry (see TrackDropHandler::origin).
    void setDragOrigin(const QString& origin) { m_dragOrigin = origin; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

protected:
    [[nodiscard]] virtual const PlaylistEntry& entryAt(int row) const = 0;
    // The text of a cell.
    [[nodiscard]] static QVariant display(const PlaylistEntry& entry, int row, int column);
    // Names on the left, numbers on the right.
    [[nodiscard]] static QVariant alignment(int column);
    // A song whose file is not there now (an unmounted drive, a file gone): greyed and slanted, and its
    // tooltip says so, in every list of songs.
    [[nodiscard]] static QBrush unavailableBrush();
    [[nodiscard]] static QFont unavailableFont(QFont font = {});
    [[nodiscard]] static QString unavailableNote();
    // Positions are row numbers: after a change every one may be new.
    void renumber();

private:
    QString m_dragOrigin;
};

} // namespace soundalike
