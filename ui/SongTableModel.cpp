#include "ui/SongTableModel.h"

#include "core/common/DurationText.h"
#include "core/common/PlaylistEntry.h"
#include "ui/ArtistText.h"
#include "ui/TrackMime.h"

#include <QGuiApplication>
#include <QPalette>

namespace soundalike {

QVariant SongTableModel::display(const PlaylistEntry& entry, int row, int column)
{
    switch (column) {
    case Position:
        return row + 1;
    case Title:
        return entry.track.title;
    case Artist:
        return artistText(entry.track.artist);
    case Duration:
        return durationText(entry.track.durationMs);
    case Similarity:
        // The calibrated match: the raw cosine reads near 100 % for most neighbours in most libraries.
        return entry.match >= 0 ? QStringLiteral("%1%").arg(matchPercent(entry.match)) : QString();
    default:
        return {};
    }
}

QBrush SongTableModel::unavailableBrush()
{
    return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
}

QFont SongTableModel::unavailableFont(QFont font)
{
    font.setItalic(true);
    return font;
}

QString SongTableModel::unavailableNote()
{
    // No look at the disk from here (a tooltip on the GUI thread, and a dead network share would freeze it):
    // the library knows only that the file could not be found.
    return tr("Not available now: the file was deleted or moved, or its drive is not mounted. It plays again "
              "once the file is back.");
}

QVariant SongTableModel::alignment(int column)
{
    return column == Title || column == Artist ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

void SongTableModel::renumber()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Position), index(rowCount() - 1, Position), {Qt::DisplayRole});
}

QVariant SongTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return alignment(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Similarity)
        return tr("How close the song sounds to its seed, on this library's own scale: from %1 % it fits the "
                  "seeds well; 100 % is the same sound.")
            .arg(qRound(kFitLineMatch * 100));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position:
        return QStringLiteral("#");
    case Title:
        return tr("Title");
    case Artist:
        return tr("Artist");
    case Duration:
        return tr("Time");
    case Similarity:
        return tr("Match");
    default:
        return {};
    }
}

Qt::ItemFlags SongTableModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

QStringList SongTableModel::mimeTypes() const
{
    return TrackMime::formats();
}

QMimeData* SongTableModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<const Track*> tracks;
    for (const int row : TrackMime::distinctRows(indexes))
        tracks.push_back(&entryAt(row).track);
    return TrackMime::encode(tracks, m_dragOrigin);
}

bool SongTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                     const QModelIndex&) const
{
    return TrackMime::hasTracksOrFiles(data);
}

} // namespace soundalike
