#pragma once

#include "core/common/PlaylistEntry.h"

#include <QObject>

#include <cstdint>
#include <vector>

namespace soundalike {

class Library;
class LibraryView;
class Player;
class PlaylistView;
class SeedList;

// Play Now, Play Next and Add to Queue from every pane, to the player; and what the Playback menu's Play Next
// and Add to Queue act on.
class QueueRouting : public QObject
{
    Q_OBJECT

public:
    struct Panes
    {
        LibraryView* library;
        SeedList* seeds;
        PlaylistView* playlist;
        PlaylistView* queue;
    };

    QueueRouting(Player& player, const Library& library, Panes panes, QObject* parent);

    // The selection of the pane the keyboard is in.
    [[nodiscard]] std::vector<PlaylistEntry> selectedEntries() const;
    // After the song playing (`next`), or at the end of the queue.
    void queue(std::vector<PlaylistEntry> entries, bool next);
    // The same for library tracks, by id (the panes that list tracks, the map).
    void queueTracks(const std::vector<std::int64_t>& ids, bool next);

private:
    [[nodiscard]] std::vector<PlaylistEntry> entries(const std::vector<std::int64_t>& ids) const;

    Player& m_player;
    const Library& m_library;
    Panes m_panes;
};

} // namespace soundalike
