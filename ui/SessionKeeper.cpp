#include "ui/SessionKeeper.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/Settings.h"
#include "ui/SeedList.h"

namespace soundalike {

SessionKeeper::SessionKeeper(Settings& settings, Library& library, SeedList& seeds, Playlist& playlist,
                             Player& player)
    : m_settings(settings), m_library(library), m_seeds(seeds), m_playlist(playlist), m_player(player)
{}

void SessionKeeper::restore()
{
    m_restored = true;
    const SessionState state = m_settings.session(m_library.databasePath());
    const std::shared_ptr<const TrackCatalog> catalog = m_library.catalog();
    m_seeds.setSeeds(state.seeds);
    std::vector<PlaylistEntry> entries;
    int current = -1;
    for (int i = 0; i < int(state.playlist.size()); ++i) {
        const SessionState::Entry& saved = state.playlist[std::size_t(i)];
        const Track* track = catalog->find(saved.trackId);
        if (!track)
            continue;
        if (i == state.current)
            current = int(entries.size());
        entries.push_back({*track, saved.similarity, saved.seedId, saved.why, saved.match});
    }
    m_playlist.setEntries(std::move(entries));
    if (current >= 0)
        m_player.cue(current, state.positionMs);
}

void SessionKeeper::save()
{
    if (!m_restored)
        return;
    SessionState state;
    state.seeds = m_seeds.seedIds();
    for (const PlaylistEntry& e : m_playlist.entries())
        state.playlist.push_back({e.track.id, e.similarity, e.seedId, e.why, e.match});
    state.current = m_playlist.current();
    state.positionMs = state.current >= 0 ? m_player.position() : 0;
    m_settings.setSession(m_library.databasePath(), state);
    m_settings.setVolume(m_player.volume());
    m_settings.sync();
}

} // namespace soundalike
