#pragma once

#include <QAbstractTableModel>
#include <QIcon>

#include <cstdint>

namespace soundalike {

class PlaylistLibrary;
struct StoredPlaylist;

// The saved playlists as the sidebar lists them: name (edited in place to rename) and song count, an icon
// for the generated ones, the length and any songs not available now in the tooltip. Follows the
// library's snapshot; a rename goes to the library, which says when it is done.
class SavedPlaylistsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Songs,
        ColumnCount
    };
    enum Role
    {
        PlaylistIdRole = Qt::UserRole + 1,
        GeneratedRole
    };

    explicit SavedPlaylistsModel(PlaylistLibrary& library, QObject* parent = nullptr);

    // -1 when no playlist has this id.
    int rowOf(std::int64_t id) const;
    std::int64_t idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A rename asked here is stored: the name it got.
    void renamed(const QString& name);

private:
    QVariant display(const StoredPlaylist& playlist, int column) const;
    QString tooltip(const StoredPlaylist& playlist) const;

    PlaylistLibrary& m_library;
    // Made once: a row's icon is asked for at every repaint.
    QIcon m_generatedIcon;
    QIcon m_savedIcon;
};

} // namespace soundalike
