#pragma once

#include "core/service/TrackCatalog.h"

#include <QAbstractItemModel>
#include <QItemSelection>

#include <memory>

namespace soundalike {

// Artist → album → track, built from the catalog's browsing order (or a filtered part of it) in one pass.
// Items carry their parent in the index's internal id, so the model keeps no per-item objects.
class LibraryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        TrackIdRole = Qt::UserRole + 1
    };

    explicit LibraryTreeModel(QObject* parent = nullptr);

    // `rows`: catalog indexes in library order (all of them, or those matching a filter).
    void setTracks(std::shared_ptr<const TrackCatalog> catalog, const std::vector<int>& rows);
    // The tracks below an item (one for a track, an album's or all of an artist's), in order.
    std::vector<const Track*> tracksOf(const QModelIndex& index) const;
    const Track* trackAt(const QModelIndex& index) const;
    QModelIndex indexOfTrack(std::int64_t id) const { return indexesOfTracks({id}).front(); }
    // The indexes of these tracks, in their order; invalid for each not shown.
    std::vector<QModelIndex> indexesOfTracks(const std::vector<std::int64_t>& ids) const;
    // An item by what it shows rather than where, so that a selection outlives a reload of the tree: its
    // artist, its album (name and year) below that, its track below that.
    struct ItemKey
    {
        int depth = 0; // 0 an artist, 1 an album, 2 a track
        QString artist;
        QString album;
        int year = 0;
        std::int64_t trackId = 0;
    };
    [[nodiscard]] std::vector<ItemKey> keysOf(const QModelIndexList& indexes) const;
    // The items these keys name in the tree as it is now, one range each; those gone are left out.
    [[nodiscard]] QItemSelection selectionOf(const std::vector<ItemKey>& keys) const;
    int artistCount() const { return int(m_artists.size()); }
    int trackCount() const { return int(m_tracks.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    struct Artist
    {
        QString name;
        int firstAlbum = 0;
        int albumCount = 0;
    };
    struct Album
    {
        QString name;
        int year = 0;
        int artist = 0;
        int firstTrack = 0; // into m_tracks
        int trackCount = 0;
    };
    enum class Level
    {
        Artist,
        Album,
        Track
    };

    Level levelOf(const QModelIndex& index) const;

    std::shared_ptr<const TrackCatalog> m_catalog;
    std::vector<Artist> m_artists;
    std::vector<Album> m_albums;
    std::vector<int> m_tracks; // catalog indexes, grouped by album
};

} // namespace soundalike
