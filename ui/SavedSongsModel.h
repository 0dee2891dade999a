#pragma once

#include "core/common/PlaylistEntry.h"

#include <QAbstractTableModel>

#include <vector>

namespace soundalike {

// The songs of one saved playlist: position, title, artist and length, a song whose file is not there now
// (an unmounted drive) greyed out with the reason in its tooltip. Reordered and pruned here, at once; the
// pane saves the new order (edited()).
class SavedSongsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Title,
        Artist,
        Duration,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    const std::vector<PlaylistEntry>& entries() const { return m_entries; }
    void setEntries(std::vector<PlaylistEntry> entries);
    void insertTracks(int row, const std::vector<Track>& tracks);
    void removeRowList(std::vector<int> rows);
    void moveRowList(const std::vector<int>& rows, int destination);
    // The token drags from this model carry (see TrackDropHandler::origin).
    void setDragOrigin(const QString& origin) { m_dragOrigin = origin; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

signals:
    // The user changed the songs: the whole list as it is now.
    void edited();

private:
    QVariant display(const PlaylistEntry& entry, int row, int column) const;
    void moveOne(int from, int to);

    std::vector<PlaylistEntry> m_entries;
    QString m_dragOrigin;
};

} // namespace soundalike
