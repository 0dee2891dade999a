#pragma once

#include "core/common/PlaylistEntry.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <deque>
#include <vector>

namespace soundalike {

class Player;
class Playlist;

// Where a list in the history came from: what the menus call it, and what saving it keeps.
struct PlaylistOrigin
{
    QString title;            // "Mix from “Neon Rain”", "phone.m3u", a saved playlist's name…
    std::int64_t savedId = 0; // the saved playlist it shows; 0 when none
    QVariant recipe;          // the PlaylistRequest (core/service) a generated list was made from, else null
};

// Back and Forward between whole playlists, like a browser's: every list that replaces the playlist
// (generated, opened, imported, a saved one played) goes through open(), which keeps the one it replaces,
// with its current row and where that track stood. Going back shows that list again and, when something
// was playing, plays on from there, so making a new list never loses what was playing. Holds at most
// kDepth lists each way; edits made to the playlist in between are part of the list kept. Clearing the
// playlist is open() of an empty list: Back brings the cleared list back, Forward empties it again.
class PlaylistHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDepth = 20;

    PlaylistHistory(Playlist& playlist, Player& player, QObject* parent = nullptr);

    Playlist& playlist() { return m_playlist; }
    // Makes `entries` the playlist and, when `playRow` >= 0, plays that row (the song playing, when that row
    // holds it, plays on where it is). The song playing or paused, when the list holds it, is its current
    // row: Next goes on after it.
    void open(std::vector<PlaylistEntry> entries, PlaylistOrigin origin, int playRow = -1);
    // A generated list (Generate, Regenerate): it starts at once, when `autoPlay`, only if nothing is
    // playing; a song playing (or paused) plays on to its end and the new list, without that song, follows
    // it. True when it started.
    bool openGenerated(std::vector<PlaylistEntry> entries, PlaylistOrigin origin, bool autoPlay);
    // The library track a list generated now would follow (see openGenerated), or 0: left out of the request,
    // so that the list still has the length asked and its notes count what it holds.
    [[nodiscard]] std::int64_t followedTrack(bool autoPlay) const;
    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    QString backTitle() const;
    QString forwardTitle() const;
    void back();
    void forward();

    // Where a list kept in the history finds its songs as the library has them now, so that one renamed or
    // gone since the list was kept shows and plays as it is when the list comes back.
    void setTrackLookup(TrackLookup now) { m_now = std::move(now); }

    // Of the list showing now.
    const PlaylistOrigin& origin() const { return m_origin; }
    // Says what the list showing now is, e.g. once it has been saved under a name.
    void setOrigin(PlaylistOrigin origin);

signals:
    // What back() and forward() would show, or the origin of the list showing now, changed.
    void changed();

private:
    struct Page
    {
        std::vector<PlaylistEntry> entries;
        int current = -1;
        qint64 positionMs = 0;
        PlaylistOrigin origin;
    };

    Page snapshot() const;
    // The row of `entries` that holds the song playing or paused, or -1.
    [[nodiscard]] int rowOfPlaying(const std::vector<PlaylistEntry>& entries) const;
    bool followsPlaying(bool autoPlay) const;
    void show(Page page);

    Playlist& m_playlist;
    TrackLookup m_now;
    Player& m_player;
    std::deque<Page> m_back; // the newest at the end
    std::vector<Page> m_forward;
    PlaylistOrigin m_origin;
};

} // namespace soundalike
