#pragma once

#include "core/service/PlaylistTypes.h"

#include <QAbstractTableModel>

namespace soundalike {

class Playlist;

// The playlist as a table: position, title, artist, duration and similarity, with why each track is there
// as its tooltip. Mirrors a Playlist row by row; edits go through the Playlist.
class PlaylistModel : public QAbstractTableModel
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
    enum Role
    {
        TrackIdRole = Qt::UserRole + 1
    };

    explicit PlaylistModel(Playlist& playlist, QObject* parent = nullptr);

    Playlist& playlist() { return m_playlist; }
    void insertTracks(int row, const std::vector<Track>& tracks);
    void removeRowList(std::vector<int> rows);
    void moveRowList(const std::vector<int>& rows, int destination);

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
    // The token drags from this model carry (see TrackDropHandler::origin).
    void setDragOrigin(const QString& origin) { m_dragOrigin = origin; }

private:
    QVariant display(const PlaylistEntry& entry, int row, int column) const;
    QString tooltip(const PlaylistEntry& entry) const;
    void onCurrentChanged(int row);

    Playlist& m_playlist;
    int m_shownCurrent = -1;
    QString m_dragOrigin;
};

} // namespace soundalike
