#pragma once

#include "core/service/MapTypes.h"
#include "core/service/jobs/JobQueue.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace soundalike {

class LibraryPipeline;

// The library map as the application keeps it: a MapJob on the one job queue (with the other library work,
// its progress in the status bar), its progress and result as signals on the owner's thread. The first
// update() loads the stored map (or lays out a first one); from then on every analysis and every new model
// brings it up to date by itself: new tracks are placed beside their neighbours in a moment, a new model
// lays the whole map out anew. An update asked for while one runs runs once more after it; one asked for
// while one waits joins it. Cancelling stops a layout between steps and keeps the stored map. Between runs
// the count of tracks not on the map follows scans and analyses as they go (coverageChanged), at most once a
// second.
class LibraryMap : public QObject
{
    Q_OBJECT

public:
    LibraryMap(QString databasePath, LibraryPipeline& pipeline, QObject* parent = nullptr);
    ~LibraryMap() override;

    void update();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Whether someone asked for the map: only then do analyses and models bring it up to date.
    [[nodiscard]] bool isFollowing() const { return m_following; }
    // The last map a run delivered (empty before the first).
    [[nodiscard]] const LibraryMapResult& current() const { return m_current; }

signals:
    void runningChanged(bool running);
    void progress(const soundalike::MapProgress& progress);
    // A run ended with a map to show (Loaded, Placed or LaidOut).
    void updated(const soundalike::LibraryMapResult& map);
    // A run could not read or write the library; the previous map stays.
    void failed(const QString& message);
    // The tracks not on the last map delivered, counted again as the library changed since.
    void coverageChanged(const soundalike::MapCoverage& coverage);

private:
    void enqueue();
    void onStarted(const JobHandle& handle);
    void finish(const LibraryMapResult& result, const QString& error);
    void libraryChanged();
    void countCoverage();

    QString m_databasePath;
    JobQueue& m_queue;
    std::optional<JobHandle> m_job; // queued or running
    bool m_running = false;
    bool m_again = false;
    bool m_following = false;
    LibraryMapResult m_current;
    // Maps delivered: a count begun before the last one counted against an older map.
    int m_delivered = 0;
    QTimer m_countTimer;
    bool m_counting = false;
};

} // namespace soundalike
