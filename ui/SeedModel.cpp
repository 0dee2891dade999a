#include "ui/SeedModel.h"

#include "ui/ArtistText.h"
#include "ui/CoverProvider.h"
#include "ui/RowMoves.h"
#include "ui/TrackMime.h"

#include <QIcon>

#include <algorithm>
#include <unordered_set>

namespace soundalike {

SeedModel::SeedModel(CoverProvider& covers, QObject* parent) : QAbstractListModel(parent), m_covers(covers)
{
    connect(&m_covers, &CoverProvider::coverReady, this, [this](std::int64_t id) {
        for (int row = 0; row < rowCount(); ++row) {
            if (m_seeds[std::size_t(row)].id == id)
                emit dataChanged(index(row), index(row), {Qt::DecorationRole});
        }
    });
}

std::vector<std::int64_t> SeedModel::seedIds() const
{
    std::vector<std::int64_t> ids;
    for (const Track& t : m_seeds)
        ids.push_back(t.id);
    return ids;
}

int SeedModel::insertTracks(int row, const std::vector<Track>& tracks)
{
    std::unordered_set<std::int64_t> present;
    for (const Track& t : m_seeds)
        present.insert(t.id);
    std::vector<Track> fresh;
    for (const Track& t : tracks) {
        if (present.insert(t.id).second)
            fresh.push_back(t);
    }
    if (fresh.empty())
        return 0;
    row = row < 0 || row > rowCount() ? rowCount() : row;
    beginInsertRows({}, row, row + int(fresh.size()) - 1);
    m_seeds.insert(m_seeds.begin() + row, fresh.begin(), fresh.end());
    endInsertRows();
    return int(fresh.size());
}

void SeedModel::removeRowList(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        beginRemoveRows({}, row, row);
        m_seeds.erase(m_seeds.begin() + row);
        endRemoveRows();
    }
}

QStringList SeedModel::refreshTracks(const TrackLookup& now)
{
    QStringList gone;
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        Track& seed = m_seeds[std::size_t(row)];
        if (const Track* track = now(seed)) {
            if (track->id != seed.id || track->title != seed.title || track->artist != seed.artist ||
                track->path != seed.path) {
                seed = *track;
                emit dataChanged(index(row), index(row));
            }
        } else {
            gone << seed.title;
            rows.push_back(row);
        }
    }
    removeRowList(std::move(rows));
    return gone;
}

void SeedModel::moveRowList(const std::vector<int>& rows, int destination)
{
    moveRowsTo(rows, std::clamp(destination, 0, rowCount()), [this](int from, int to) { moveOne(from, to); });
}

void SeedModel::moveOne(int from, int to)
{
    if (!beginMoveRows({}, from, from, {}, to))
        return;
    const auto begin = m_seeds.begin();
    if (to < from)
        std::rotate(begin + to, begin + from, begin + from + 1);
    else
        std::rotate(begin + from, begin + from + 1, begin + to);
    endMoveRows();
}

void SeedModel::clear()
{
    beginResetModel();
    m_seeds.clear();
    endResetModel();
}

int SeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_seeds.size());
}

QVariant SeedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Track& t = m_seeds[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return t.title;
    case ArtistRole:
        return artistText(t.artist);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2\n%3").arg(artistText(t.artist), t.title, displayPath(t.path));
    case Qt::DecorationRole: {
        const QPixmap cover = m_covers.cover(t, kCoverEdge);
        return cover.isNull() ? QVariant() : QVariant(cover);
    }
    case TrackIdRole:
        return qint64(t.id);
    default:
        return {};
    }
}

Qt::ItemFlags SeedModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

QStringList SeedModel::mimeTypes() const
{
    return TrackMime::formats();
}

QMimeData* SeedModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<const Track*> tracks;
    for (const int row : TrackMime::distinctRows(indexes))
        tracks.push_back(&m_seeds[std::size_t(row)]);
    return TrackMime::encode(tracks, m_dragOrigin);
}

bool SeedModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return TrackMime::hasTracksOrFiles(data);
}

} // namespace soundalike
