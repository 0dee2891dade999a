#pragma once

#include "core/service/PlaylistRequest.h"
#include "core/service/PlaylistTypes.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace soundalike {

// Turns seeds into a playlist on a worker thread (SimilarTracks, as `soundalike-cli similar` does, kept open
// between playlists by SimilarTracksCache); finished() brings the result to the GUI thread. One generation at
// a time: a request made while one runs replaces any request still waiting.
class PlaylistBuilder : public QObject
{
    Q_OBJECT

public:
    explicit PlaylistBuilder(QString databasePath, QObject* parent = nullptr);
    ~PlaylistBuilder() override;

    void generate(const PlaylistRequest& request);
    // Opens the library's search on a worker thread unless it is open and current, so that the Generate to
    // come does not wait for it: the window calls it when seeds are chosen. Does nothing while a playlist or
    // another preparation is being made.
    void prepare();

    // The generation itself, on the calling thread, with the search the cache keeps open. Never throws.
    static PlaylistResult build(const QString& databasePath, const PlaylistRequest& request);

signals:
    void started();
    void finished(const soundalike::PlaylistResult& result);

private:
    void start(const PlaylistRequest& request);

    QString m_databasePath;
    QFutureWatcher<PlaylistResult> m_watcher;
    QFuture<void> m_preparing;
    std::optional<PlaylistRequest> m_waiting;
};

} // namespace soundalike
