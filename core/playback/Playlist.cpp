#include "core/playback/Playlist.h"

#include <algorithm>

namespace soundalike {

int Playlist::nextRow() const
{
    const int row = m_current >= 0 ? m_current + 1 : m_resumeRow;
    return row >= 0 && row < size() ? row : -1;
}

int Playlist::previousRow() const
{
    const int row = (m_current >= 0 ? m_current : m_resumeRow) - 1;
    return row >= 0 && row < size() ? row : -1;
}

void Playlist::setEntries(std::vector<PlaylistEntry> entries, int current)
{
    emit aboutToReset();
    m_entries = std::move(entries);
    m_current = current >= 0 && current < size() ? current : -1;
    m_resumeRow = 0;
    emit reset();
    emit currentChanged(m_current);
}

int Playlist::bringUpNext(const PlaylistEntry& entry)
{
    int at = m_current >= 0 ? m_current + 1 : std::max(0, nextRow());
    if (const int listed = rowOf(entry.track); listed < 0)
        insert(at, {entry});
    else if (!move(listed, 1, at))
        at = listed; // the song playing, or the one already next: refused by move(), and played where it is
    else if (listed < at)
        --at; // the rows above it closed up
    return at;
}

int Playlist::rowOf(const Track& track) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const PlaylistEntry& entry) {
        return sameTrack(entry.track, track);
    });
    return found == m_entries.end() ? -1 : int(found - m_entries.begin());
}

void Playlist::insert(int row, std::vector<PlaylistEntry> entries)
{
    if (entries.empty())
        return;
    row = std::clamp(row, 0, size());
    const int count = int(entries.size());
    emit aboutToInsert(row, row + count - 1);
    m_entries.insert(m_entries.begin() + row, std::make_move_iterator(entries.begin()),
                     std::make_move_iterator(entries.end()));
    if (m_current >= row)
        m_current += count;
    else if (m_current < 0 && m_resumeRow > row)
        m_resumeRow += count;
    emit inserted();
    if (m_current >= row)
        emit currentChanged(m_current);
}

void Playlist::remove(int first, int count)
{
    if (first < 0 || count <= 0 || first + count > size())
        return;
    emit aboutToRemove(first, first + count - 1);
    m_entries.erase(m_entries.begin() + first, m_entries.begin() + first + count);
    const int before = m_current;
    if (m_current >= first + count) {
        m_current -= count;
    } else if (m_current >= first) {
        m_current = -1;
        m_resumeRow = first;
    } else if (m_current < 0 && m_resumeRow > first) {
        m_resumeRow = std::max(first, m_resumeRow - count);
    }
    emit removed();
    if (m_current != before)
        emit currentChanged(m_current);
}

bool Playlist::move(int first, int count, int destination)
{
    if (first < 0 || count <= 0 || first + count > size() || destination < 0 || destination > size() ||
        (destination >= first && destination <= first + count))
        return false;
    emit aboutToMove(first, first + count - 1, destination);
    const auto begin = m_entries.begin();
    // Rows [first, first + count) go before `destination`: a rotation of the span between them.
    if (destination < first)
        std::rotate(begin + destination, begin + first, begin + first + count);
    else
        std::rotate(begin + first, begin + first + count, begin + destination);
    const auto remap = [&](int row) {
        if (row < 0)
            return row;
        if (row >= first && row < first + count)
            return destination < first ? destination + (row - first) : destination - count + (row - first);
        if (destination < first && row >= destination && row < first)
            return row + count;
        if (destination > first && row >= first + count && row < destination)
            return row - count;
        return row;
    };
    const int before = m_current;
    m_current = remap(m_current);
    emit moved();
    if (m_current != before)
        emit currentChanged(m_current);
    return true;
}

namespace {

// What a row shows or plays; the file's stamp and the like are the scanner's business.
bool sameAsShown(const Track& a, const Track& b)
{
    return a.path == b.path && a.available == b.available && a.title == b.title && a.artist == b.artist &&
           a.albumArtist == b.albumArtist && a.album == b.album && a.genres == b.genres && a.year == b.year &&
           a.trackNumber == b.trackNumber && a.discNumber == b.discNumber && a.durationMs == b.durationMs;
}

} // namespace

void Playlist::refreshTracks(const TrackLookup& now)
{
    bool changed = false;
    for (PlaylistEntry& entry : m_entries) {
        if (entry.track.id <= 0)
            continue; // opened from outside the library
        if (const Track* track = now(entry.track)) {
            if (track->id != entry.track.id || !sameAsShown(entry.track, *track)) {
                entry.track = *track;
                changed = true;
            }
        } else if (entry.track.available) {
            entry.track.available = false;
            changed = true;
        }
    }
    if (changed)
        emit tracksChanged();
}

void Playlist::setCurrent(int row)
{
    row = row >= 0 && row < size() ? row : -1;
    if (row == m_current)
        return;
    m_current = row;
    emit currentChanged(m_current);
}

} // namespace soundalike
