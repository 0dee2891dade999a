#include "ui/SavedPlaylistsModel.h"
#include "ui/MixIcon.h"

#include "core/common/DurationText.h"
#include "core/service/playlists/PlaylistLibrary.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace soundalike {

SavedPlaylistsModel::SavedPlaylistsModel(PlaylistLibrary& library, QObject* parent)
    : QAbstractTableModel(parent), m_library(library), m_generatedIcon(mixIcon()),
      m_savedIcon(QIcon::fromTheme(QStringLiteral("view-media-playlist"),
                                   QApplication::style()->standardIcon(QStyle::SP_FileDialogListView)))
{
    // A reset per change: the list is short, and a reset is what keeps a rename's new place in the order
    // simple. The view keeps its selection by id (SavedPlaylistsPane).
    connect(&m_library, &PlaylistLibrary::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int SavedPlaylistsModel::rowOf(std::int64_t id) const
{
    const auto& playlists = m_library.playlists();
    for (std::size_t i = 0; i < playlists.size(); ++i) {
        if (playlists[i].id == id)
            return int(i);
    }
    return -1;
}

std::int64_t SavedPlaylistsModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_library.playlists()[std::size_t(row)].id : 0;
}

int SavedPlaylistsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_library.playlists().size());
}

int SavedPlaylistsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavedPlaylistsModel::display(const StoredPlaylist& playlist, int column) const
{
    switch (column) {
    case Name:
        return playlist.name;
    case Songs:
        return playlist.tracks;
    default:
        return {};
    }
}

QString SavedPlaylistsModel::tooltip(const StoredPlaylist& playlist) const
{
    // The name first: the column is often too narrow for it ("Похожие на «…").
    QString text = playlist.name + QLatin1Char('\n') +
                   tr("%n song(s) · %1", nullptr, playlist.tracks).arg(durationText(playlist.durationMs));
    if (playlist.unavailable > 0)
        text += QLatin1Char('\n') +
                tr("%n song(s) not available now: deleted, moved, or on a drive that is not mounted.",
                   nullptr, playlist.unavailable);
    if (playlist.generated())
        text += QLatin1Char('\n') +
                tr("Generated: Regenerate makes a fresh mix from the same seeds and settings.");
    return text;
}

QVariant SavedPlaylistsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const StoredPlaylist& playlist = m_library.playlists()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(playlist, index.column());
    case Qt::ToolTipRole:
        return tooltip(playlist);
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        return playlist.generated() ? m_generatedIcon : m_savedIcon;
    case Qt::ForegroundRole:
        if (index.column() == Songs)
            return QApplication::palette().brush(
                playlist.unavailable > 0 ? QPalette::Disabled : QPalette::Active, QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Songs ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PlaylistIdRole:
        return qint64(playlist.id);
    case GeneratedRole:
        return playlist.generated();
    default:
        return {};
    }
}

bool SavedPlaylistsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || index.row() >= rowCount())
        return false;
    const QString name = value.toString();
    const StoredPlaylist& playlist = m_library.playlists()[std::size_t(index.row())];
    if (name.simplified().isEmpty() || name.simplified() == playlist.name)
        return false;
    m_library.rename(playlist.id, name, this, [this](std::int64_t id) {
        if (const StoredPlaylist* renamedTo = m_library.find(id))
            emit renamed(renamedTo->name);
    });
    return true;
}

QVariant SavedPlaylistsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Songs ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Playlist") : tr("Songs");
}

Qt::ItemFlags SavedPlaylistsModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == Name ? base | Qt::ItemIsEditable : base;
}

} // namespace soundalike
