#include "ui/PlaylistModel.h"

#include "core/playback/Playlist.h"
#include "ui/ArtistText.h"
#include "ui/RowMoves.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace soundalike {

PlaylistModel::PlaylistModel(Playlist& playlist, QObject* parent)
    : SongTableModel(parent), m_playlist(playlist)
{
    connect(&m_playlist, &Playlist::aboutToReset, this, &PlaylistModel::beginResetModel);
    connect(&m_playlist, &Playlist::reset, this, &PlaylistModel::endResetModel);
    connect(&m_playlist, &Playlist::aboutToInsert, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(&m_playlist, &Playlist::inserted, this, &PlaylistModel::endInsertRows);
    connect(&m_playlist, &Playlist::aboutToRemove, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(&m_playlist, &Playlist::removed, this, &PlaylistModel::endRemoveRows);
    connect(&m_playlist, &Playlist::aboutToMove, this, [this](int first, int last, int destination) {
        beginMoveRows({}, first, last, {}, destination);
    });
    connect(&m_playlist, &Playlist::moved, this, &PlaylistModel::endMoveRows);
    // Positions are row numbers, so every change below the first touched row renumbers them.
    for (const auto signal : {&Playlist::reset, &Playlist::inserted, &Playlist::removed, &Playlist::moved}) {
        connect(&m_playlist, signal, this, &PlaylistModel::renumber);
    }
    connect(&m_playlist, &Playlist::currentChanged, this, &PlaylistModel::onCurrentChanged);
    connect(&m_playlist, &Playlist::tracksChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void PlaylistModel::onCurrentChanged(int row)
{
    // The old current row may have moved; repaint it wherever it is now, and the new one.
    const int previous = std::exchange(m_shownCurrent, row);
    for (const int r : {previous, row}) {
        if (r >= 0 && r < rowCount())
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

void PlaylistModel::insertTracks(int row, const std::vector<Track>& tracks)
{
    std::vector<PlaylistEntry> entries;
    for (const Track& t : tracks) {
        PlaylistEntry e;
        e.track = t;
        entries.push_back(std::move(e));
    }
    m_playlist.insert(row < 0 ? rowCount() : row, std::move(entries));
}

void PlaylistModel::removeRowList(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows)
        m_playlist.remove(row, 1);
}

void PlaylistModel::moveRowList(const std::vector<int>& rows, int destination)
{
    moveRowsTo(rows, std::clamp(destination, 0, rowCount()),
               [this](int from, int to) { m_playlist.move(from, 1, to); });
}

int PlaylistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_playlist.size();
}

int PlaylistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PlaylistEntry& PlaylistModel::entryAt(int row) const
{
    return m_playlist.at(row);
}

QString PlaylistModel::tooltip(const PlaylistEntry& entry) const
{
    QString text = QStringLiteral("%1 — %2").arg(artistText(entry.track.artist), entry.track.title);
    if (!entry.track.album.isEmpty())
        text += QStringLiteral("\n") + entry.track.album;
    if (!entry.track.available)
        text += QLatin1Char('\n') + unavailableNote();
    if (!entry.why.isEmpty())
        text += QStringLiteral("\n\n") + entry.why;
    return text;
}

QVariant PlaylistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PlaylistEntry& entry = m_playlist.at(index.row());
    const bool current = index.row() == m_playlist.current();
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.row(), index.column());
    case Qt::ToolTipRole:
        return tooltip(entry);
    case Qt::DecorationRole:
        if (current && index.column() == Position)
            return QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                    QApplication::style()->standardIcon(QStyle::SP_MediaPlay));
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(current);
        if (!entry.track.available)
            return unavailableFont(font);
        return current ? QVariant(font) : QVariant();
    }
    case Qt::ForegroundRole:
        if (!entry.track.available)
            return unavailableBrush();
        if (index.column() == Position || index.column() == Similarity || index.column() == Duration)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case TrackIdRole:
        return qint64(entry.track.id);
    default:
        return {};
    }
}

} // namespace soundalike
