#include "ui/LibraryTreeModel.h"

#include "core/common/DurationText.h"
#include "ui/ArtistText.h"
#include "ui/TrackMarks.h"
#include "ui/TrackMime.h"

#include <QIcon>

#include <unordered_set>

namespace soundalike {

namespace {

// Internal ids: 0 marks an artist item; 1 + artist row marks an album item of that artist; kTrackBase +
// album number marks a track item of that album.
constexpr quintptr kTrackBase = quintptr(1) << 40;

} // namespace

LibraryTreeModel::LibraryTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_catalog(std::make_shared<TrackCatalog>())
{}

void LibraryTreeModel::setTracks(std::shared_ptr<const TrackCatalog> catalog, const std::vector<int>& rows)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_artists.clear();
    m_albums.clear();
    m_tracks = rows;
    for (int i = 0; i < int(m_tracks.size()); ++i) {
        const Track& t = m_catalog->at(m_tracks[std::size_t(i)]);
        const QString& artist = TrackCatalog::groupArtist(t);
        // Library order groups case-insensitively, so the grouping must too; comparing in place keeps a
        // 100,000-track rebuild free of allocations.
        const bool newArtist =
            m_artists.empty() || artist.compare(m_artists.back().name, Qt::CaseInsensitive) != 0;
        if (newArtist)
            m_artists.push_back({artist, int(m_albums.size()), 0});
        if (newArtist || t.album.compare(m_albums.back().name, Qt::CaseInsensitive) != 0) {
            m_albums.push_back({t.album, t.year, int(m_artists.size()) - 1, i, 0});
            ++m_artists.back().albumCount;
        }
        Album& album = m_albums.back();
        ++album.trackCount;
        album.year = std::max(album.year, t.year);
    }
    endResetModel();
}

LibraryTreeModel::Level LibraryTreeModel::levelOf(const QModelIndex& index) const
{
    const quintptr id = index.internalId();
    return id == 0 ? Level::Artist : id < kTrackBase ? Level::Album : Level::Track;
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (levelOf(parent) == Level::Artist)
        return createIndex(row, column, quintptr(1 + parent.row()));
    const int album = m_artists[std::size_t(parent.internalId() - 1)].firstAlbum + parent.row();
    return createIndex(row, column, kTrackBase + quintptr(album));
}

QModelIndex LibraryTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    switch (levelOf(child)) {
    case Level::Artist:
        return {};
    case Level::Album:
        return createIndex(int(child.internalId() - 1), 0, quintptr(0));
    case Level::Track: {
        const Album& album = m_albums[std::size_t(child.internalId() - kTrackBase)];
        const int row =
            int(child.internalId() - kTrackBase) - m_artists[std::size_t(album.artist)].firstAlbum;
        return createIndex(row, 0, quintptr(1 + album.artist));
    }
    }
    return {};
}

int LibraryTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_artists.size());
    if (parent.column() != 0)
        return 0;
    switch (levelOf(parent)) {
    case Level::Artist:
        return m_artists[std::size_t(parent.row())].albumCount;
    case Level::Album: {
        const Artist& artist = m_artists[std::size_t(parent.internalId() - 1)];
        return m_albums[std::size_t(artist.firstAlbum + parent.row())].trackCount;
    }
    case Level::Track:
        return 0;
    }
    return 0;
}

int LibraryTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant LibraryTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Track* track = trackAt(index)) {
        if (role == Qt::DisplayRole)
            return track->trackNumber > 0 ? QStringLiteral("%1. %2")
                                                .arg(track->trackNumber, 2, 10, QLatin1Char('0'))
                                                .arg(track->title)
                                          : track->title;
        if (role == Qt::ToolTipRole) {
            const QString about =
                QStringLiteral("%1 · %2").arg(artistText(track->artist), durationText(track->durationMs));
            return TrackMarks::tooltip(*m_catalog, *track, about);
        }
        if (role == Qt::DecorationRole)
            return TrackMarks::icon(*m_catalog, *track);
        if (role == TrackIdRole)
            return qint64(track->id);
        return {};
    }
    if (levelOf(index) == Level::Artist) {
        const Artist& artist = m_artists[std::size_t(index.row())];
        if (role == Qt::DisplayRole)
            return artistText(artist.name);
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("view-media-artist"));
        return {};
    }
    const Artist& artist = m_artists[std::size_t(index.internalId() - 1)];
    const Album& album = m_albums[std::size_t(artist.firstAlbum + index.row())];
    if (role == Qt::DisplayRole) {
        const QString name = album.name.isEmpty() ? tr("Unknown album") : album.name;
        return album.year > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(album.year) : name;
    }
    if (role == Qt::DecorationRole)
        return QIcon::fromTheme(QStringLiteral("media-optical-audio"));
    if (role == Qt::ToolTipRole)
        return tr("%n track(s)", nullptr, album.trackCount);
    return {};
}

Qt::ItemFlags LibraryTreeModel::flags(const QModelIndex& index) const
{
    return QAbstractItemModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

const Track* LibraryTreeModel::trackAt(const QModelIndex& index) const
{
    if (!index.isValid() || levelOf(index) != Level::Track)
        return nullptr;
    const Album& album = m_albums[std::size_t(index.internalId() - kTrackBase)];
    return &m_catalog->at(m_tracks[std::size_t(album.firstTrack + index.row())]);
}

std::vector<const Track*> LibraryTreeModel::tracksOf(const QModelIndex& index) const
{
    std::vector<const Track*> tracks;
    if (!index.isValid())
        return tracks;
    int first = 0;
    int count = 0;
    switch (levelOf(index)) {
    case Level::Track:
        return {trackAt(index)};
    case Level::Album: {
        const Album& album =
            m_albums[std::size_t(m_artists[std::size_t(index.internalId() - 1)].firstAlbum + index.row())];
        first = album.firstTrack;
        count = album.trackCount;
        break;
    }
    case Level::Artist: {
        const Artist& artist = m_artists[std::size_t(index.row())];
        const Album& last = m_albums[std::size_t(artist.firstAlbum + artist.albumCount - 1)];
        first = m_albums[std::size_t(artist.firstAlbum)].firstTrack;
        count = last.firstTrack + last.trackCount - first;
        break;
    }
    }
    for (int i = first; i < first + count; ++i)
        tracks.push_back(&m_catalog->at(m_tracks[std::size_t(i)]));
    return tracks;
}

std::vector<LibraryTreeModel::ItemKey> LibraryTreeModel::keysOf(const QModelIndexList& indexes) const
{
    std::vector<ItemKey> keys;
    for (const QModelIndex& index : indexes) {
        switch (levelOf(index)) {
        case Level::Artist:
            keys.push_back({0, m_artists[std::size_t(index.row())].name, {}, 0, 0});
            break;
        case Level::Album: {
            const Artist& artist = m_artists[std::size_t(index.internalId() - 1)];
            const Album& album = m_albums[std::size_t(artist.firstAlbum + index.row())];
            keys.push_back({1, artist.name, album.name, album.year, 0});
            break;
        }
        case Level::Track:
            if (const Track* track = trackAt(index))
                keys.push_back({2, {}, {}, 0, track->id});
            break;
        }
    }
    return keys;
}

QItemSelection LibraryTreeModel::selectionOf(const std::vector<ItemKey>& keys) const
{
    QHash<QString, int> artistRows;
    for (int row = 0; row < int(m_artists.size()); ++row)
        artistRows.insert(m_artists[std::size_t(row)].name, row);
    QItemSelection selection;
    std::vector<std::int64_t> trackIds;
    for (const ItemKey& key : keys) {
        if (key.depth == 2) {
            trackIds.push_back(key.trackId);
            continue;
        }
        const int artistRow = artistRows.value(key.artist, -1);
        if (artistRow < 0)
            continue;
        const QModelIndex artist = index(artistRow, 0);
        if (key.depth == 0) {
            selection.select(artist, artist);
            continue;
        }
        const Artist& a = m_artists[std::size_t(artistRow)];
        for (int row = 0; row < a.albumCount; ++row) {
            const Album& album = m_albums[std::size_t(a.firstAlbum + row)];
            if (album.name == key.album && album.year == key.year) {
                const QModelIndex found = index(row, 0, artist);
                selection.select(found, found);
                break;
            }
        }
    }
    for (const QModelIndex& track : indexesOfTracks(trackIds)) {
        if (track.isValid())
            selection.select(track, track);
    }
    return selection;
}

std::vector<QModelIndex> LibraryTreeModel::indexesOfTracks(const std::vector<std::int64_t>& ids) const
{
    std::vector<QModelIndex> indexes;
    for (const int position : m_catalog->positionsIn(m_tracks, ids)) {
        if (position < 0) {
            indexes.emplace_back();
            continue;
        }
        const auto album = std::upper_bound(m_albums.begin(), m_albums.end(), position,
                                            [](int p, const Album& a) { return p < a.firstTrack; }) -
                           1;
        indexes.push_back(
            createIndex(position - album->firstTrack, 0, kTrackBase + quintptr(album - m_albums.begin())));
    }
    return indexes;
}

QStringList LibraryTreeModel::mimeTypes() const
{
    return TrackMime::formats();
}

QMimeData* LibraryTreeModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<const Track*> tracks;
    std::unordered_set<const Track*> seen;
    for (const QModelIndex& index : indexes) {
        for (const Track* track : tracksOf(index)) {
            if (seen.insert(track).second)
                tracks.push_back(track);
        }
    }
    return TrackMime::encode(tracks);
}

} // namespace soundalike
