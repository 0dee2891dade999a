#pragma once

#include "core/playback/Listen.h"
#include "core/service/PlaylistRequest.h"
#include "core/service/radio/RadioPicker.h"
#include "core/service/radio/RadioTaste.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace soundalike {

class Playlist;

// "Keep playing similar songs": an endless radio over one playlist. When the playlist is three songs from its
// end, it grows by a few songs like the seeds and like what was listened to (RadioPicker, on a worker
// thread), never one the session already had nor one played within the last hours. Listening steers it
// (RadioTaste): a song skipped in its first 30 s counts as "less like this", a song played through or marked
// "More like this" as "more like this", and message() says so. Lives on the GUI thread and never blocks it.
class RadioSession : public QObject
{
    Q_OBJECT

public:
    // The songs added at a time, and how close to its end the playlist must come before it grows.
    static constexpr int kBatch = 5;
    static constexpr int kGrowWithin = 3;

    RadioSession(QString databasePath, Playlist& playlist, QObject* parent = nullptr);
    ~RadioSession() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Artist rules, variety and filters for the songs added (the Generate controls' options).
    void setOptions(const PlaylistRequest& options) { m_options = options; }
    // Songs played within this many hours are left out (0: only the session's own).
    void setAvoidHours(int hours) { m_avoidHours = hours; }

    // A playlist made from these seeds: the session starts over from them. A replaced playlist starts it
    // over from the seeds its entries name, else (an imported one) from what is played.
    void start(const std::vector<std::int64_t>& seeds);
    // How a song the player played ended (Player::listened).
    void onListened(const Listen& listen);
    // "More like this", for songs of the playlist.
    void moreLike(const std::vector<std::int64_t>& trackIds);

    const RadioTaste& taste() const { return m_taste; }
    // A pick was asked for and its songs are not handled yet. Not the future's state: a pick that has just
    // finished, its result still on the way to this thread, would otherwise count as none, and a replaced
    // playlist would be grown with it.
    bool isGrowing() const { return m_picking; }
    // The playlist asked of it and nothing more could be found; it tries again once something changes.
    bool isExhausted() const { return m_exhausted; }

signals:
    // Why the radio does what it does, for the status bar ("Fewer like “X”").
    void message(const QString& text);
    void grown(int added);

private:
    void growIfNeeded();
    RadioAsk ask() const;
    void onPicked(const RadioBatch& batch);
    [[nodiscard]] static QString exhaustedMessage(const RadioBatch& batch);
    void onPlaylistReset();
    std::int64_t seedOf(std::int64_t trackId) const;
    QString titleOf(std::int64_t trackId) const;
    void changed();

    QString m_databasePath;
    Playlist& m_playlist;
    PlaylistRequest m_options;
    int m_avoidHours = 24;
    bool m_enabled = false;
    bool m_exhausted = false;
    bool m_pickIsStale = false; // the pick under way predates start()
    RadioTaste m_taste;
    std::vector<std::int64_t> m_seeds;
    std::unordered_set<std::int64_t> m_heard; // this session's songs that have been played
    QStringList m_steering;                   // what listening said since the last batch, in words
    QFutureWatcher<RadioBatch> m_watcher;
    bool m_picking = false;
};

} // namespace soundalike
