#pragma once

#include <string>

#include <QRandomGenerator>

#include <cstddef>
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace soundalike {

class Playlist;

// Which row of the playlist plays next and which came before: in order or shuffled, once through, round
// and round, or one track over and over. A shuffled round plays every row once, in random order, before any
// plays again; "previous" goes back through what was actually played, and "next" after it forward again
// through the same songs, as a browser's history does, until the listener picks another song. Rows are
// remembered by track, so editing the playlist meanwhile does not confuse the order: by id, which a file
// renamed and scanned again keeps, or by file for a track opened from outside the library (it has no id).
class PlayOrder
{
public:
    enum class Repeat
    {
        Off,
        All, // after the last track (or the last of a shuffled round), the playlist starts over
        One  // the current track starts over when it ends
    };

    explicit PlayOrder(std::uint64_t randomSeed = QRandomGenerator::global()->generate64());

    [[nodiscard]] bool shuffle() const { return m_shuffle; }
    // A new round starts, in which the song playing in `playlist` counts as played: it does not come round
    // again before every other song has.
    void setShuffle(bool on, const Playlist& playlist);
    [[nodiscard]] Repeat repeat() const { return m_repeat; }
    void setRepeat(Repeat repeat) { m_repeat = repeat; }

    // The row to play after the current one, or -1 at the end. `trackEnded`: the current track played to its
    // end (Repeat::One then plays it again; a press of Next moves on).
    [[nodiscard]] int next(const Playlist& playlist, bool trackEnded);
    // The row to go back to, or -1.
    [[nodiscard]] int previous(const Playlist& playlist);
    // Whether a press of next() would find a row, without going there.
    [[nodiscard]] bool hasNext(const Playlist& playlist) const;
    // Whether previous() would find a row, without going there.
    [[nodiscard]] bool hasPrevious(const Playlist& playlist) const;
    // A row starts playing, whoever chose it.
    void playing(const Playlist& playlist, int row);
    // A new playlist: a new round and a new history, in which the song playing in it (one played on while
    // the list was replaced) has had its turn.
    void restart(const Playlist& playlist);

private:
    int shuffled(const Playlist& playlist);
    // The nearest entry of the history from `from` in `step` direction that is still in the playlist, which
    // becomes the current entry; -1 (and no change) when none is.
    int stepInHistory(const Playlist& playlist, std::ptrdiff_t from, std::ptrdiff_t step);

    bool m_shuffle = false;
    Repeat m_repeat = Repeat::Off;
    QRandomGenerator m_random;
    std::unordered_set<std::string> m_round; // tracks played this shuffled round (keyOf in the .cpp)
    std::vector<std::string> m_history;      // tracks in the order they played, for "previous"
    std::ptrdiff_t m_current = -1;           // the entry of m_history now playing; later ones are ahead
};

} // namespace soundalike
