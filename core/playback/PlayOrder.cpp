#include "core/playback/PlayOrder.h"

#include "core/playback/Playlist.h"

#include <algorithm>

namespace soundalike {

namespace {

constexpr std::size_t kHistory = 1000;

// A library track by its id, which a rename keeps; a file opened from outside the library by its path.
std::string keyOf(const Track& track)
{
    return track.id > 0 ? "#" + std::to_string(track.id) : track.path;
}

int rowOf(const Playlist& playlist, const std::string& key)
{
    for (int row = 0; row < playlist.size(); ++row) {
        if (keyOf(playlist.at(row).track) == key)
            return row;
    }
    return -1;
}

} // namespace

PlayOrder::PlayOrder(std::uint64_t randomSeed) : m_random(quint64(randomSeed)) {}

void PlayOrder::setShuffle(bool on, const Playlist& playlist)
{
    m_shuffle = on;
    m_round.clear();
    playing(playlist, playlist.current());
}

int PlayOrder::next(const Playlist& playlist, bool trackEnded)
{
    const int current = playlist.current();
    if (trackEnded && m_repeat == Repeat::One && current >= 0)
        return current;
    if (m_shuffle) {
        if (const int row = stepInHistory(playlist, m_current + 1, 1); row >= 0)
            return row;
        return shuffled(playlist);
    }
    const int row = playlist.nextRow();
    if (row < 0 && m_repeat == Repeat::All && playlist.size() > 0)
        return 0;
    return row;
}

int PlayOrder::shuffled(const Playlist& playlist)
{
    const int current = playlist.current();
    std::vector<int> left;
    for (int row = 0; row < playlist.size(); ++row) {
        if (row != current && !m_round.contains(keyOf(playlist.at(row).track)))
            left.push_back(row);
    }
    if (left.empty()) {
        if (m_repeat != Repeat::All || playlist.size() == 0)
            return -1;
        m_round.clear();
        for (int row = 0; row < playlist.size(); ++row) {
            if (row != current || playlist.size() == 1)
                left.push_back(row);
        }
    }
    return left[std::size_t(m_random.bounded(int(left.size())))];
}

int PlayOrder::previous(const Playlist& playlist)
{
    if (!m_shuffle)
        return playlist.previousRow();
    return stepInHistory(playlist, m_current - 1, -1);
}

int PlayOrder::stepInHistory(const Playlist& playlist, std::ptrdiff_t from, std::ptrdiff_t step)
{
    for (std::ptrdiff_t i = from; i >= 0 && i < std::ptrdiff_t(m_history.size()); i += step) {
        if (const int row = rowOf(playlist, m_history[std::size_t(i)]); row >= 0) {
            m_current = i;
            return row;
        }
    }
    return -1;
}

bool PlayOrder::hasNext(const Playlist& playlist) const
{
    if (playlist.isEmpty())
        return false;
    if (m_repeat == Repeat::All)
        return true;
    if (!m_shuffle)
        return playlist.nextRow() >= 0;
    const auto listed = [&](const std::string& track) { return rowOf(playlist, track) >= 0; };
    if (std::any_of(m_history.begin() + (m_current + 1), m_history.end(), listed))
        return true;
    for (int row = 0; row < playlist.size(); ++row) {
        if (row != playlist.current() && !m_round.contains(keyOf(playlist.at(row).track)))
            return true;
    }
    return false;
}

bool PlayOrder::hasPrevious(const Playlist& playlist) const
{
    if (!m_shuffle)
        return playlist.previousRow() >= 0;
    return m_current > 0 &&
           std::any_of(m_history.begin(), m_history.begin() + m_current,
                       [&](const std::string& track) { return rowOf(playlist, track) >= 0; });
}

void PlayOrder::playing(const Playlist& playlist, int row)
{
    if (row < 0 || row >= playlist.size())
        return;
    const std::string id = keyOf(playlist.at(row).track);
    m_round.insert(id);
    if (m_current >= 0 && m_history[std::size_t(m_current)] == id)
        return; // where previous() or next() stepped in the history, or the same song again
    // Another song than the history's next: the way forward from here is new, as after a browser's Back.
    m_history.resize(std::size_t(m_current + 1));
    m_history.push_back(id);
    if (m_history.size() > kHistory)
        m_history.erase(m_history.begin());
    m_current = std::ptrdiff_t(m_history.size()) - 1;
}

void PlayOrder::restart(const Playlist& playlist)
{
    m_round.clear();
    m_history.clear();
    m_current = -1;
    playing(playlist, playlist.current());
}

} // namespace soundalike
