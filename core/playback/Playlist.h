#pragma once

#include "core/common/PlaylistEntry.h"

#include <QObject>

#include <vector>

namespace soundalike {

// The play queue: entries plus which of them is playing. Every change is announced before and after it
// happens, in the shape Qt item models need, so a view model can mirror it row by row.
class Playlist : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    const PlaylistEntry& at(int row) const { return m_entries[std::size_t(row)]; }
    const std::vector<PlaylistEntry>& entries() const { return m_entries; }

    // The row being played, or -1 (nothing chosen yet, or that entry was removed while it played).
    int current() const { return m_current; }
    // Where playback goes on from: the row after the current one, or the row that took a removed
    // current entry's place. -1 at the end.
    int nextRow() const;
    int previousRow() const;

    void setEntries(std::vector<PlaylistEntry> entries, int current = -1);
    void insert(int row, std::vector<PlaylistEntry> entries);
    void remove(int first, int count);
    // Moves rows [first, first + count) to before row `destination` (counted before the move), as
    // QAbstractItemModel::beginMoveRows does.
    bool move(int first, int count, int destination);
    void setCurrent(int row);
    // Puts `entry` on the row after the current one, to play next, and returns that row. A song the list
    // holds already, still to come or played before, moves there instead: a copy would break the promise
    // of a playlist that holds each song once. The song playing stays where it is, and its row is returned.
    int bringUpNext(const PlaylistEntry& entry);
    // The first row that holds this song (sameTrack), or -1.
    [[nodiscard]] int rowOf(const Track& track) const;
    // The library's songs as they are now (a file renamed or retagged and scanned again, or gone): each
    // entry of a library track takes `now(id)`, or is marked unavailable when that is null. Rows, order
    // and the current row stay; tracksChanged() follows when any entry changed.
    void refreshTracks(const TrackLookup& now);

signals:
    void aboutToReset();
    void reset();
    void aboutToInsert(int first, int last);
    void inserted();
    void aboutToRemove(int first, int last);
    void removed();
    void aboutToMove(int first, int last, int destination);
    void moved();
    void currentChanged(int row);
    void tracksChanged();

private:
    std::vector<PlaylistEntry> m_entries;
    int m_current = -1;
    int m_resumeRow = 0; // used while m_current is -1
};

} // namespace soundalike
