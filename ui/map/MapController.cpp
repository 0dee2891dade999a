#include "ui/map/MapController.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/LibraryMap.h"
#include "core/service/PlayStatistics.h"
#include "ui/SeedList.h"
#include "ui/map/MapPane.h"
#include "ui/map/MapView.h"

#include <QLineEdit>

#include <utility>

namespace soundalike {

MapController::MapController(const Parts& parts, QObject* parent) : QObject(parent), m_parts(parts)
{
    connectMap();
    connectSelection();
    m_parts.pane->setPlayHistory([this](std::int64_t id) { return lastPlayed(id); });
    // Read at startup in the background (Application reloads them when the library opens), then counted as
    // listens end.
    connect(&m_parts.plays, &PlayStatistics::reloaded, m_parts.pane, &MapPane::playHistoryChanged);
    connect(&m_parts.plays, &PlayStatistics::changed, m_parts.pane, &MapPane::playHistoryChanged);
}

void MapController::activate()
{
    if (!m_parts.map.isFollowing())
        m_parts.map.update();
    if (std::exchange(m_filterStale, false))
        showFilterMatches();
}

void MapController::connectMap()
{
    MapPane* pane = m_parts.pane;
    connect(&m_parts.map, &LibraryMap::updated, pane->view(), &MapView::setMap);
    connect(&m_parts.map, &LibraryMap::coverageChanged, pane->view(), &MapView::setCoverage);
    connect(&m_parts.map, &LibraryMap::progress, pane, &MapPane::showProgress);
    connect(&m_parts.map, &LibraryMap::runningChanged, pane, &MapPane::showRunning);
    connect(&m_parts.map, &LibraryMap::failed, pane, &MapPane::showFailure);
    connect(&m_parts.library, &Library::catalogChanged, this, [this] {
        m_parts.pane->setCatalog(m_parts.library.catalog());
        showFilterMatches();
    });
    pane->setCatalog(m_parts.library.catalog());
}

void MapController::connectSelection()
{
    MapView* view = m_parts.pane->view();
    connect(view, &MapView::playRequested, this, [this](qint64 id) {
        std::vector<PlaylistEntry> entries;
        for (const Track& track : m_parts.library.catalog()->findAll({id}))
            entries.push_back({track, -1, 0, {}});
        m_parts.player.playNow(std::move(entries));
    });
    connect(view, &MapView::seedRequested, m_parts.seeds,
            [this](qint64 id) { m_parts.seeds->addTracks({id}); });
    connect(view, &MapView::seedsSelected, m_parts.seeds, [this](const QList<qint64>& ids) {
        m_parts.seeds->addTracks(std::vector<std::int64_t>(ids.begin(), ids.end()));
    });
    connect(m_parts.seeds, &SeedList::seedsChanged, view,
            [this] { m_parts.pane->view()->setSeeds(m_parts.seeds->seedIds()); });
    connect(m_parts.filter, &QLineEdit::textChanged, this, &MapController::showFilterMatches);
    for (auto signal : {&Playlist::reset, &Playlist::inserted, &Playlist::removed, &Playlist::moved})
        connect(&m_parts.playlist, signal, this, &MapController::showPlaylist);
    connect(&m_parts.player, &Player::trackChanged, this, &MapController::showPlaying);
    connect(&m_parts.player, &Player::playingChanged, this, &MapController::showPlaying);
}

void MapController::showFilterMatches()
{
    // Filtering a large library on every keystroke twice over (the library view filters too) would slow
    // typing for a map nobody sees: a hidden map catches up when it is shown.
    if (!m_parts.pane->isVisibleTo(m_parts.pane->window())) {
        m_filterStale = true;
        return;
    }
    const QStringList words = TrackCatalog::searchWords(m_parts.filter->text());
    if (words.isEmpty()) {
        m_parts.pane->view()->setHighlighted(std::nullopt);
        return;
    }
    const auto catalog = m_parts.library.catalog();
    std::vector<std::int64_t> ids;
    for (int index : catalog->filter(catalog->libraryOrder(), words))
        ids.push_back(catalog->at(index).id);
    m_parts.pane->view()->setHighlighted(ids);
}

void MapController::showPlaylist()
{
    std::vector<std::int64_t> ids;
    ids.reserve(m_parts.playlist.entries().size());
    for (const PlaylistEntry& entry : m_parts.playlist.entries())
        ids.push_back(entry.track.id);
    m_parts.pane->view()->setPlaylist(ids);
}

void MapController::showPlaying()
{
    const std::optional<Track>& track = m_parts.player.track();
    const bool playing = track && m_parts.player.isPlaying();
    if (playing && !m_started.contains(track->id)) {
        m_started.insert(track->id, QDateTime::currentDateTime());
        m_parts.pane->playHistoryChanged();
    }
    m_parts.pane->view()->setPlaying(playing ? std::optional(track->id) : std::nullopt);
}

std::optional<QDateTime> MapController::lastPlayed(std::int64_t trackId) const
{
    const auto started = m_started.constFind(trackId);
    if (started != m_started.constEnd())
        return *started;
    const std::int64_t stored = m_parts.plays.of(trackId).lastPlayedAt;
    return stored > 0 ? std::optional(QDateTime::fromSecsSinceEpoch(stored)) : std::nullopt;
}

} // namespace soundalike
