#pragma once

#include "core/service/MapTypes.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace soundalike {

// The library map for the GUI: computeLayout() on a worker thread, its progress and result as signals on the
// GUI thread. Call update() when the map is first shown and whenever tracks were analysed or a model was
// trained: it loads the stored map at once, places new tracks beside it in a moment, and lays the map out
// anew (seconds to minutes, with progress) only for a new model. A call while a run is under way runs once
// more after it. Cancelling (or destroying this) stops a layout between steps and keeps the stored map.
class LibraryMap : public QObject
{
    Q_OBJECT

public:
    explicit LibraryMap(QString databasePath, QObject* parent = nullptr);
    ~LibraryMap() override;

    void update();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The last map a run delivered (empty before the first).
    const LibraryMapResult& current() const { return m_current; }

signals:
    void runningChanged(bool running);
    void progress(const soundalike::MapProgress& progress);
    // A run ended with a map to show (Loaded, Placed or LaidOut).
    void updated(const soundalike::LibraryMapResult& map);
    // A run could not read or write the library; the previous map stays.
    void failed(const QString& message);

private:
    void start();
    void finish();

    QString m_databasePath;
    std::atomic_bool m_cancel = false;
    bool m_again = false;
    LibraryMapResult m_current;
    QFutureWatcher<LibraryMapResult> m_watcher;
};

} // namespace soundalike
