#pragma once

#include "core/service/TrackCatalog.h"
#include "core/service/jobs/JobQueue.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace soundalike {

class LibraryPipeline;

// The library as the views see it: an in-memory catalog for browsing and the list of library folders,
// reloaded off the GUI thread whenever the pipeline wrote tracks, and while a scan runs as its batches land
// (throttled). Lives on the GUI thread; no call blocks on the disk. Changing the library is the pipeline's
// job.
class Library : public QObject
{
    Q_OBJECT

public:
    Library(QString databasePath, LibraryPipeline& pipeline, QObject* parent = nullptr);
    ~Library() override;

    const QString& databasePath() const { return m_databasePath; }
    // The latest snapshot: never null, empty until open() has loaded it.
    std::shared_ptr<const TrackCatalog> catalog() const { return m_catalog; }
    const QStringList& folders() const { return m_folders; }
    bool isOpen() const { return m_open; }
    bool isScanning() const { return m_scan.isValid(); }

    // Opens (creating or upgrading) the database and loads the catalog: opened() or failed() follows.
    void open();
    // How often, at most, the catalog follows a running scan (the default suits 100,000 tracks).
    void setRefreshInterval(int milliseconds) { m_refreshMs = milliseconds; }

signals:
    void opened();
    void failed(const QString& message);
    void catalogChanged();
    void foldersChanged();
    void message(const QString& text);

private:
    struct Snapshot;

    void onJobStarted(JobHandle handle);
    void onJobProgress(JobHandle handle, const JobProgress& progress);
    void onJobFinished(JobHandle handle);
    void refreshDuringScan();
    void reload();
    void onReloaded(const Snapshot& snapshot);

    QString m_databasePath;
    std::shared_ptr<const TrackCatalog> m_catalog;
    QStringList m_folders;
    bool m_open = false;
    JobHandle m_scan; // the scan running, if any
    QFutureWatcher<Snapshot>* m_reloadWatcher = nullptr;
    bool m_reloadAgain = false;
    QTimer m_refreshTimer;
    int m_refreshMs;
    qint64 m_lastReloadMs = 0;
    int m_filesRead = 0;
    int m_filesReadAtReload = 0;
};

} // namespace soundalike
