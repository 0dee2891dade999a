#pragma once

#include "core/common/Track.h"

#include <QAbstractListModel>

#include <cstdint>
#include <vector>

namespace soundalike {

class CoverProvider;

// The seed tracks, in the user's order, without duplicates. Shows each seed's cover, title and artist.
class SeedModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TrackIdRole = Qt::UserRole + 1,
        ArtistRole
    };
    static constexpr int kCoverEdge = 36;

    explicit SeedModel(CoverProvider& covers, QObject* parent = nullptr);

    const std::vector<Track>& seeds() const { return m_seeds; }
    std::vector<std::int64_t> seedIds() const;
    // Inserts before `row` (the end when -1) the tracks that are not seeds yet; returns how many were new.
    int insertTracks(int row, const std::vector<Track>& tracks);
    void removeRowList(std::vector<int> rows);
    // The library's songs as they are now: a seed renamed or retagged shows so, a seed gone from the library
    // is taken out (it can seed nothing). Returns the titles taken out.
    QStringList refreshTracks(const TrackLookup& now);
    void moveRowList(const std::vector<int>& rows, int destination);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
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
    void moveOne(int from, int to);

    CoverProvider& m_covers;
    std::vector<Track> m_seeds;
    QString m_dragOrigin;
};

} // namespace soundalike
