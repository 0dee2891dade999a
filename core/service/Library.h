#pragma once

#include "core/library/ScanTypes.h"
#include "core/service/TrackCatalog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace soundalike {

class LibraryScanner;

// What importPaths() found: the tracks in the order the paths were given, and why some paths gave none.
struct ImportedTracks
{
    std::vector<Track> tracks;
    QStringList problems;
};

// The library as the application sees it: an in-memory catalog for browsing, and scans, folder changes and
// imports that run on worker threads and report back through signals. Lives on the GUI thread; no call
// blocks on the disk.
class Library : public QObject
{
    Q_OBJECT

public:
    explicit Library(QString databasePath, QObject* parent = nullptr);
    ~Library() override;

    const QString& databasePath() const { return m_databasePath; }
    // The latest snapshot: never null, empty until open() has loaded it.
    std::shared_ptr<const TrackCatalog> catalog() const { return m_catalog; }
    const QStringList& folders() const { return m_folders; }
    bool isOpen() const { return m_open; }
    bool isScanning() const { return m_scanning; }

    // Opens (creating or upgrading) the database and loads the catalog: opened() or failed() follows.
    void open();
    void rescan();
    void addFolder(const QString& folder);
    void removeFolder(const QString& folder);
    void cancelScan();
    // Files and folders to tracks, scanning into the library what is not in it yet. `done` runs on the
    // GUI thread, and only while `receiver` exists.
    void importPaths(const QStringList& paths, QObject* receiver,
                     std::function<void(const ImportedTracks&)> done);
    // How often, at most, the catalog follows a running scan (the default suits 100,000 tracks).
    void setRefreshInterval(int milliseconds) { m_refreshMs = milliseconds; }

signals:
    void opened();
    void failed(const QString& message);
    void catalogChanged();
    void foldersChanged();
    void scanStarted();
    void scanProgress(const soundalike::ScanProgress& progress);
    void scanFinished(const soundalike::ScanReport& report);
    void message(const QString& text);

private:
    struct Job
    {
        enum class Kind
        {
            Scan,
            RemoveFolder
        };
        Kind kind;
        QStringList folders; // Scan: empty means every library folder
    };
    struct Snapshot;

    void enqueue(Job job);
    void runNextJob();
    void startScan(const QStringList& folders);
    void onScanProgress(const ScanProgress& progress);
    void refreshDuringScan();
    void onScanDone();
    void startRemoval(const QString& folder);
    void reload();
    void onReloaded(const Snapshot& snapshot);

    QString m_databasePath;
    std::shared_ptr<const TrackCatalog> m_catalog;
    QStringList m_folders;
    bool m_open = false;
    bool m_scanning = false;
    bool m_jobRunning = false;
    std::deque<Job> m_jobs;
    std::unique_ptr<LibraryScanner> m_scanner;
    QFutureWatcher<std::pair<ScanReport, QString>> m_scanWatcher; // the report, or why the scan failed
    QFutureWatcher<QString> m_removeWatcher;                      // the error, empty on success
    QFutureWatcher<Snapshot>* m_reloadWatcher = nullptr;
    bool m_reloadAgain = false;
    QTimer m_refreshTimer;
    int m_refreshMs;
    qint64 m_lastReloadMs = 0;
    int m_filesRead = 0;
    int m_filesReadAtReload = 0;
};

} // namespace soundalike
