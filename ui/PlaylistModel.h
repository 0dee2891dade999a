#pragma once

#include "core/service/PlaylistTypes.h"

#include "ui/SongTableModel.h"

namespace soundalike {

class Playlist;

// The playlist as a table: position, title, artist, duration and similarity, with why each track is there
// as its tooltip. Mirrors a Playlist row by row; edits go through the Playlist.
class PlaylistModel : public SongTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        TrackIdRole = Qt::UserRole + 1
    };

    explicit PlaylistModel(Playlist& playlist, QObject* parent = nullptr);

    Playlist& playlist() { return m_playlist; }
    void insertTracks(int row, const std::vector<Track>& tracks) override;
    void removeRowList(std::vector<int> rows) override;
    void moveRowList(const std::vector<int>& rows, int destination) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    const PlaylistEntry& entryAt(int row) const override;

private:
    QString tooltip(const PlaylistEntry& entry) const;
    void onCurrentChanged(int row);

    Playlist& m_playlist;
    int m_shownCurrent = -1;
};

} // namespace soundalike
