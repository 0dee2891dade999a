#include "ui/SavedSongsModel.h"

#include "ui/RowMoves.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace soundalike {

void SavedSongsModel::setEntries(std::vector<PlaylistEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void SavedSongsModel::insertTracks(int row, const std::vector<Track>& tracks)
{
    if (tracks.empty())
        return;
    row = row < 0 ? rowCount() : std::min(row, rowCount());
    beginInsertRows({}, row, row + int(tracks.size()) - 1);
    std::vector<PlaylistEntry> added;
    for (const Track& track : tracks)
        added.push_back({track, -1, 0, {}});
    m_entries.insert(m_entries.begin() + row, added.begin(), added.end());
    endInsertRows();
    emit edited();
}

void SavedSongsModel::removeRowList(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return;
    for (const int row : rows) {
        beginRemoveRows({}, row, row);
        m_entries.erase(m_entries.begin() + row);
        endRemoveRows();
    }
    emit edited();
}

void SavedSongsModel::moveOne(int from, int to)
{
    if (!beginMoveRows({}, from, from, {}, to))
        return;
    const auto begin = m_entries.begin();
    if (to < from)
        std::rotate(begin + to, begin + from, begin + from + 1);
    else
        std::rotate(begin + from, begin + from + 1, begin + to);
    endMoveRows();
}

void SavedSongsModel::moveRowList(const std::vector<int>& rows, int destination)
{
    const std::vector<PlaylistEntry> before = m_entries;
    moveRowsTo(rows, std::clamp(destination, 0, rowCount()), [this](int from, int to) { moveOne(from, to); });
    renumber();
    const auto samePlace = [](const PlaylistEntry& a, const PlaylistEntry& b) {
        return a.track.path == b.track.path;
    };
    if (!std::equal(before.begin(), before.end(), m_entries.begin(), m_entries.end(), samePlace))
        emit edited();
}

int SavedSongsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

// A saved playlist keeps no match to its seeds.
int SavedSongsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Similarity;
}

QVariant SavedSongsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PlaylistEntry& entry = entryAt(index.row());
    const bool available = entry.track.available;
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.row(), index.column());
    case Qt::ToolTipRole:
        return available ? displayPath(entry.track.path)
                         : displayPath(entry.track.path) + QLatin1Char('\n') + unavailableNote();
    case Qt::ForegroundRole:
        if (!available)
            return unavailableBrush();
        if (index.column() == Position || index.column() == Duration)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        return available ? QVariant() : QVariant(unavailableFont());
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    default:
        return {};
    }
}

} // namespace soundalike
