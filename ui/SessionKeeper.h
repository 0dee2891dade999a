#pragma once

#include "core/common/PlaylistEntry.h"
#include "core/playback/PlaylistHistory.h"

#include <QFutureWatcher>

#include <functional>

#include <vector>

namespace soundalike {

class Library;
class Player;
class Playlist;
class SeedList;
class Settings;

// Saves what the user was doing (seeds, playlist, current track and position) and puts it back at the next
// start, paused where it stood. The playlist's explanations are made again, in the current language, before
// it is shown.
class SessionKeeper
{
public:
    SessionKeeper(Settings& settings, Library& library, SeedList& seeds, PlaylistHistory& history,
                  Player& player);

    // Call once the library's catalog has loaded: ids are resolved against it, and vanished tracks dropped.
    // The seeds come back at once, the playlist once it is explained (off the GUI thread).
    void restore();
    // Writes the session as it is now into the settings it is given, when called: taken on the GUI thread,
    // written on any (StateAutosave). Writes nothing before restore(): a library that failed to open must not
    // wipe the saved session.
    [[nodiscard]] std::function<void(Settings&)> capture() const;

private:
    void showRestored(std::vector<PlaylistEntry> entries);

    Settings& m_settings;
    Library& m_library;
    SeedList& m_seeds;
    PlaylistHistory& m_history;
    Playlist& m_playlist;
    Player& m_player;
    bool m_restored = false;
    // The restored playlist while it is explained again: what save() keeps if the window closes meanwhile.
    std::vector<PlaylistEntry> m_waiting;
    int m_current = -1;
    qint64 m_positionMs = 0;
    PlaylistOrigin m_origin; // of the restored playlist
    QFutureWatcher<std::vector<PlaylistEntry>> m_explaining;
};

} // namespace soundalike
