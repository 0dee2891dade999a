#pragma once

namespace soundalike {

class Library;
class Player;
class Playlist;
class SeedList;
class Settings;

// Saves what the user was doing (seeds, playlist, current track and position) and puts it back at the next
// start, paused where it stood.
class SessionKeeper
{
public:
    SessionKeeper(Settings& settings, Library& library, SeedList& seeds, Playlist& playlist, Player& player);

    // Call once the library's catalog has loaded: ids are resolved against it, and vanished tracks dropped.
    void restore();
    // Does nothing before restore(): a library that failed to open must not wipe the saved session.
    void save();

private:
    Settings& m_settings;
    Library& m_library;
    SeedList& m_seeds;
    Playlist& m_playlist;
    Player& m_player;
    bool m_restored = false;
};

} // namespace soundalike
