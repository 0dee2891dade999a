#include "ui/LibraryModel.h"

#include "core/common/DurationText.h"
#include "core/service/PlayStatistics.h"
#include "ui/ArtistText.h"
#include "ui/TrackMarks.h"
#include "ui/TrackMime.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace soundalike {

namespace {

TrackField fieldOf(int column)
{
    switch (column) {
    case LibraryModel::Artist:
        return TrackField::Artist;
    case LibraryModel::Album:
        return TrackField::Album;
    case LibraryModel::Year:
        return TrackField::Year;
    case LibraryModel::Genre:
        return TrackField::Genre;
    case LibraryModel::Duration:
        return TrackField::Duration;
    default:
        return TrackField::Title;
    }
}

// New words narrow the old result when each old word lies inside some new word: then every track matching
// the new words matched the old ones, and only the old matches need checking.
bool isStatistic(int column)
{
    return column == LibraryModel::Plays || column == LibraryModel::Skips ||
           column == LibraryModel::LastPlayed;
}

// What a statistics column sorts by: the count, or the time of the last play.
std::int64_t statisticValue(const ListeningStats& stats, int column)
{
    return column == LibraryModel::Plays   ? stats.plays
           : column == LibraryModel::Skips ? stats.skips
                                           : stats.lastPlayedAt;
}

bool narrows(const QStringList& before, const QStringList& after)
{
    // A word that became a genre's spelling ("фол" grown to "фолк") finds tracks of that genre that the
    // shorter word did not.
    const bool newSpelling = std::any_of(after.cbegin(), after.cend(), [&](const QString& w) {
        return !before.contains(w) && !TrackCatalog::genreSpelledBy(w).isEmpty();
    });
    return !newSpelling && std::all_of(before.cbegin(), before.cend(), [&](const QString& old) {
        return std::any_of(after.cbegin(), after.cend(), [&](const QString& w) { return w.contains(old); });
    });
}

QString displayText(const Track& t, int column)
{
    switch (column) {
    case LibraryModel::Title:
        return t.title;
    case LibraryModel::Artist:
        return artistText(t.artist);
    case LibraryModel::Album:
        return t.album;
    case LibraryModel::Year:
        return t.year > 0 ? QString::number(t.year) : QString();
    case LibraryModel::Genre:
        return t.genres.join(QStringLiteral(", "));
    case LibraryModel::Duration:
        return t.durationMs > 0 ? durationText(t.durationMs) : QString();
    default:
        return {};
    }
}

} // namespace

LibraryModel::LibraryModel(QObject* parent)
    : QAbstractTableModel(parent), m_catalog(std::make_shared<TrackCatalog>())
{}

void LibraryModel::setCatalog(std::shared_ptr<const TrackCatalog> catalog)
{
    const int fetched = m_fetched;
    beginResetModel();
    m_catalog = std::move(catalog);
    m_sortCache.clear();
    applyOrder();
    m_rows = m_catalog->filter(m_order, m_words);
    // Keep as many rows fetched as before, so a reload during a scan does not yank the scroll position.
    m_fetched = std::min(matchCount(), std::max(fetched, kFetchBatch));
    endResetModel();
}

void LibraryModel::setStatistics(const PlayStatistics* plays)
{
    m_plays = plays;
    connect(plays, &PlayStatistics::changed, this, &LibraryModel::showStatisticsOf);
    connect(plays, &PlayStatistics::reloaded, this, [this] {
        // A fresh sort by a statistic uses the new figures; the rows shown stay where they are.
        std::erase_if(m_sortCache, [](const auto& entry) { return isStatistic(entry.first); });
        if (m_fetched > 0)
            emit dataChanged(index(0, Plays), index(m_fetched - 1, LastPlayed));
    });
}

void LibraryModel::showStatisticsOf(std::int64_t trackId)
{
    std::erase_if(m_sortCache, [](const auto& entry) { return isStatistic(entry.first); });
    const int catalogIndex = m_catalog->indexOf(trackId);
    const auto it = std::find(m_rows.begin(), m_rows.begin() + m_fetched, catalogIndex);
    if (catalogIndex < 0 || it == m_rows.begin() + m_fetched)
        return;
    const int row = int(it - m_rows.begin());
    emit dataChanged(index(row, Plays), index(row, LastPlayed));
}

void LibraryModel::setFilterText(const QString& text)
{
    QStringList words = TrackCatalog::searchWords(text);
    if (words == m_words)
        return;
    const bool narrowing = narrows(m_words, words);
    m_words = std::move(words);
    rebuild(narrowing);
}

std::vector<int> LibraryModel::rowsOfTracks(const std::vector<std::int64_t>& ids)
{
    std::vector<int> rows = m_catalog->positionsIn(m_rows, ids);
    const int last = rows.empty() ? -1 : *std::max_element(rows.begin(), rows.end());
    if (last >= m_fetched) {
        const int fetched = std::min(matchCount(), last + kFetchBatch);
        beginInsertRows({}, m_fetched, fetched - 1);
        m_fetched = fetched;
        endInsertRows();
    }
    return rows;
}

void LibraryModel::rebuild(bool narrowing)
{
    beginResetModel();
    m_rows = m_catalog->filter(narrowing ? m_rows : m_order, m_words);
    m_fetched = std::min(matchCount(), kFetchBatch);
    endResetModel();
}

void LibraryModel::applyOrder()
{
    m_order = order();
    if (m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
}

const std::vector<int>& LibraryModel::order()
{
    if (m_sortColumn < 0)
        return m_catalog->libraryOrder();
    auto it = m_sortCache.find(m_sortColumn);
    if (it == m_sortCache.end()) {
        it =
            m_sortCache
                .emplace(m_sortColumn, isStatistic(m_sortColumn) ? sortedByStatistic(m_sortColumn)
                                                                 : m_catalog->sortedBy(fieldOf(m_sortColumn)))
                .first;
    }
    return it->second;
}

std::vector<int> LibraryModel::sortedByStatistic(int column) const
{
    std::vector<int> sorted = m_catalog->libraryOrder();
    if (!m_plays)
        return sorted;
    std::vector<std::int64_t> value(std::size_t(m_catalog->size()));
    for (int i = 0; i < m_catalog->size(); ++i)
        value[std::size_t(i)] = statisticValue(m_plays->of(m_catalog->at(i).id), column);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](int a, int b) { return value[std::size_t(a)] < value[std::size_t(b)]; });
    return sorted;
}

QVariant LibraryModel::statisticData(const Track& track, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole || !m_plays)
        return {};
    const ListeningStats stats = m_plays->of(track.id);
    if (column == LastPlayed) {
        return stats.lastPlayedAt > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(stats.lastPlayedAt),
                                                           QLocale::ShortFormat)
                                      : QString();
    }
    const int count = column == Plays ? stats.plays : stats.skips;
    return count > 0 ? QLocale().toString(count) : QString();
}

void LibraryModel::sort(int column, Qt::SortOrder sortOrder)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = sortOrder;
    applyOrder();
    rebuild(false);
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const Track& t = trackAt(index.row());
    if (isStatistic(index.column()) && (role == Qt::DisplayRole || role == Qt::TextAlignmentRole))
        return statisticData(t, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(t, index.column());
    case Qt::ToolTipRole: {
        const QString where = t.available
                                  ? displayPath(t.path)
                                  : tr("%1 (not available: is its drive mounted?)").arg(displayPath(t.path));
        // A long title, artist or album is cut short in its cell: its tooltip reads it whole.
        const bool words = index.column() == Title || index.column() == Artist || index.column() == Album;
        const QString whole = words ? data(index, Qt::DisplayRole).toString() : QString();
        return TrackMarks::tooltip(*m_catalog, t,
                                   whole.isEmpty() ? where : whole + QLatin1Char('\n') + where);
    }
    case Qt::DecorationRole:
        return index.column() == Title ? TrackMarks::icon(*m_catalog, t) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Year || index.column() == Duration
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole:
        return t.available ? QVariant()
                           : QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case TrackIdRole:
        return qint64(t.id);
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Artist:
        return tr("Artist");
    case Album:
        return tr("Album");
    case Year:
        return tr("Year");
    case Genre:
        return tr("Genre");
    case Duration:
        return tr("Time");
    case Plays:
        return tr("Plays");
    case Skips:
        return tr("Skips");
    case LastPlayed:
        return tr("Last Played");
    default:
        return {};
    }
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

bool LibraryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < matchCount();
}

void LibraryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int fetched = std::min(matchCount(), m_fetched + kFetchBatch);
    beginInsertRows({}, m_fetched, fetched - 1);
    m_fetched = fetched;
    endInsertRows();
}

QStringList LibraryModel::mimeTypes() const
{
    return TrackMime::formats();
}

QMimeData* LibraryModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<const Track*> tracks;
    for (const int row : TrackMime::distinctRows(indexes))
        tracks.push_back(&trackAt(row));
    return TrackMime::encode(tracks);
}

} // namespace soundalike
