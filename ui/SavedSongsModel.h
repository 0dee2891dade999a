#pragma once

#include "ui/SongTableModel.h"

#include <vector>

namespace soundalike {

// The songs of one saved playlist: position, title, artist and length, a song whose file is not there now
// (an unmounted drive) greyed out with the reason in its tooltip. Reordered and pruned here, at once; the
// pane saves the new order (edited()).
class SavedSongsModel : public SongTableModel
{
    Q_OBJECT

public:
    using SongTableModel::SongTableModel;

    const std::vector<PlaylistEntry>& entries() const { return m_entries; }
    void setEntries(std::vector<PlaylistEntry> entries);
    void insertTracks(int row, const std::vector<Track>& tracks) override;
    void removeRowList(std::vector<int> rows) override;
    void moveRowList(const std::vector<int>& rows, int destination) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

signals:
    // The user changed the songs: the whole list as it is now.
    void edited();

protected:
    const PlaylistEntry& entryAt(int row) const override { return m_entries[std::size_t(row)]; }

private:
    void moveOne(int from, int to);

    std::vector<PlaylistEntry> m_entries;
};

} // namespace soundalike
