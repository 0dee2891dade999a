#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <cstdint>
#include <optional>

class QLineEdit;

namespace soundalike {

class Library;
class LibraryMap;
class MapPane;
class PlayStatistics;
class Player;
class Playlist;
class SeedList;

// Wires the Map tab to the rest of the window. In: the application's LibraryMap (new maps, progress), the
// library's catalog and filter box (matches stand out), the seed list (seeds ringed), the playlist (its
// line in play order), the player (the playing track pulses) and the stored play statistics, which with
// what started playing since colour "played recently". Out: a click plays a track, a double-click or a
// lasso adds seeds. Nothing is laid out until the tab is first shown (activate()); from then on the map
// follows analyses and new models.
class MapController : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        MapPane* pane;
        LibraryMap& map;
        Library& library;
        QLineEdit* filter;
        SeedList* seeds;
        Playlist& playlist;
        Player& player;
        const PlayStatistics& plays;
    };

    MapController(const Parts& parts, QObject* parent = nullptr);

    // The tab was shown: the first time, the map is loaded (or laid out) in the background; the filter's
    // matches typed while it was hidden are shown.
    void activate();

private:
    void connectMap();
    void connectSelection();
    void showFilterMatches();
    void showPlaylist();
    void showPlaying();
    [[nodiscard]] std::optional<QDateTime> lastPlayed(std::int64_t trackId) const;

    Parts m_parts;
    // Tracks started this session: the statistics count a listen only once it ends.
    QHash<std::int64_t, QDateTime> m_started;
    bool m_filterStale = false;
};

} // namespace soundalike
