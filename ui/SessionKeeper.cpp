#include "ui/SessionKeeper.h"

#include "core/common/Logging.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/Settings.h"
#include "core/service/TrackCatalog.h"
#include "core/service/playlists/PickExplanation.h"
#include "core/service/playlists/PlaylistRecipe.h"
#include "ui/SeedList.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace soundalike {

namespace {

// What a session keeps of a row's song: enough to find it again, or to show what it was.
Track keptTrack(const Track& track)
{
    Track kept;
    kept.id = track.id;
    kept.path = track.path;
    kept.title = track.title;
    kept.artist = track.artist;
    kept.album = track.album;
    kept.durationMs = track.durationMs;
    return kept;
}

// The library's song, by id or else by path; a library song gone since, greyed as what it was; a file opened
// from outside the library, as it was. Nothing for a row saved before sessions kept paths, whose song is
// gone.
std::optional<Track> restoredTrack(const TrackCatalog& catalog, const Track& kept)
{
    if (const Track* now = catalog.find(kept))
        return *now;
    if (kept.path.empty())
        return std::nullopt;
    Track track = kept;
    track.available = kept.id <= 0;
    return track;
}

} // namespace

SessionKeeper::SessionKeeper(Settings& settings, Library& library, SeedList& seeds, PlaylistHistory& history,
                             Player& player)
    : m_settings(settings), m_library(library), m_seeds(seeds), m_history(history),
      m_playlist(history.playlist()), m_player(player)
{
    QObject::connect(&m_explaining, &QFutureWatcherBase::finished, &m_explaining,
                     [this] { showRestored(m_explaining.result()); });
}

void SessionKeeper::restore()
{
    m_restored = true;
    const SessionState state = m_settings.session(m_library.databasePath());
    const std::shared_ptr<const TrackCatalog> catalog = m_library.catalog();
    m_seeds.setSeeds(state.seeds);
    std::vector<PlaylistEntry> queued;
    for (std::int64_t id : state.queue) {
        if (const Track* track = catalog->find(id)) {
            PlaylistEntry entry;
            entry.track = *track;
            queued.push_back(std::move(entry));
        }
    }
    if (m_player.queue().isEmpty())
        m_player.enqueue(std::move(queued));
    m_waiting.clear();
    m_current = -1;
    m_positionMs = state.positionMs;
    // Its name and recipe too: saved after a restart, a generated list can still be made afresh.
    m_origin = {state.originTitle, state.originSavedId, {}};
    if (!state.originRecipe.isEmpty()) {
        PlaylistRequest recipe = PlaylistRecipe::fromJson(state.originRecipe);
        // A saved playlist keeps its seeds beside its recipe; the session keeps them in it.
        for (const QJsonValue& seed : state.originRecipe.value(QLatin1String("seeds")).toArray())
            recipe.seeds.push_back(seed.toInteger());
        m_origin.recipe = QVariant::fromValue(recipe);
    }
    for (int i = 0; i < int(state.playlist.size()); ++i) {
        const SessionState::Entry& saved = state.playlist[std::size_t(i)];
        std::optional<Track> track = restoredTrack(*catalog, saved.track);
        if (!track)
            continue;
        if (i == state.current)
            m_current = int(m_waiting.size());
        m_waiting.push_back({std::move(*track), saved.similarity, saved.seedId, saved.why, saved.match});
    }
    if (m_waiting.empty())
        return;
    // A playlist made in another language reads in this one; explaining reads the descriptors from disk.
    m_explaining.setFuture(QtConcurrent::run(
        [path = m_library.databasePath(), entries = m_waiting]() -> std::vector<PlaylistEntry> {
            try {
                return PickExplanation::again(path, entries);
            } catch (const std::exception& e) {
                qCWarning(lcUi) << "the restored playlist keeps its saved explanations:" << e.what();
                return entries;
            }
        }));
}

void SessionKeeper::showRestored(std::vector<PlaylistEntry> entries)
{
    m_waiting.clear();
    if (!m_playlist.isEmpty())
        return; // the user made another playlist meanwhile
    m_playlist.setEntries(std::move(entries));
    m_history.setOrigin(m_origin);
    // The scan at launch may have renamed or removed songs while they were being explained.
    m_playlist.refreshTracks(TrackCatalog::lookup(m_library.catalog()));
    if (m_current >= 0)
        m_player.cue(m_current, m_positionMs);
}

std::function<void(Settings&)> SessionKeeper::capture() const
{
    if (!m_restored)
        return [](Settings&) {};
    SessionState state;
    state.seeds = m_seeds.seedIds();
    const bool waiting = m_playlist.isEmpty() && !m_waiting.empty();
    for (const PlaylistEntry& e : waiting ? m_waiting : m_playlist.entries())
        state.playlist.push_back({keptTrack(e.track), e.similarity, e.seedId, e.why, e.match});
    for (const PlaylistEntry& e : m_player.queue().entries()) {
        // A file opened from outside the library has no id to come back by.
        if (e.track.id > 0)
            state.queue.push_back(e.track.id);
    }
    state.current = waiting ? m_current : m_playlist.current();
    const PlaylistOrigin& origin = waiting ? m_origin : m_history.origin();
    state.originTitle = origin.title;
    state.originSavedId = origin.savedId;
    if (origin.recipe.canConvert<PlaylistRequest>()) {
        const PlaylistRequest recipe = origin.recipe.value<PlaylistRequest>();
        state.originRecipe = PlaylistRecipe::toJson(recipe);
        QJsonArray seeds;
        for (const std::int64_t seed : recipe.seeds)
            seeds.append(qint64(seed));
        state.originRecipe.insert(QLatin1String("seeds"), seeds);
    }
    state.positionMs = waiting ? m_positionMs : state.current >= 0 ? m_player.position() : 0;
    // A song playing on before a new list (Generate while it played) is in no row: kept as the list's first,
    // it comes back where it stood with the list after it, as the listener left them.
    const std::optional<Track>& playing = m_player.track();
    if (!waiting && state.current < 0 && playing && playing->id > 0 &&
        m_player.playbackState() != QMediaPlayer::StoppedState) {
        state.playlist.insert(state.playlist.begin(), {keptTrack(*playing), -1, 0, QString(), -1});
        state.current = 0;
        state.positionMs = m_player.position();
    }
    return [state = std::move(state), database = m_library.databasePath(), volume = m_player.volume(),
            muted = m_player.isMuted()](Settings& settings) {
        settings.setSession(database, state);
        settings.setVolume(volume);
        settings.setMuted(muted);
    };
}

} // namespace soundalike
