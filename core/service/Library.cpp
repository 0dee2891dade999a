#include "core/service/Library.h"

#include "core/library/FileImporter.h"
#include "core/library/LibraryScanner.h"
#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

// While a scan runs the catalog is reloaded as batches land, but at most once a second, and never for
// more than a fifth of the time: a 100,000-track reload costs a few hundred milliseconds of a core.
constexpr int kRefreshIntervalMs = 1000;
constexpr int kReloadDutyFactor = 5;

QString errorText(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

} // namespace

struct Library::Snapshot
{
    std::shared_ptr<const TrackCatalog> catalog;
    QStringList folders;
    QString error;
    qint64 milliseconds = 0;
};

Library::Library(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_catalog(std::make_shared<TrackCatalog>()),
      m_refreshMs(kRefreshIntervalMs)
{
    connect(&m_refreshTimer, &QTimer::timeout, this, &Library::refreshDuringScan);
    qRegisterMetaType<ScanProgress>();
    qRegisterMetaType<ScanReport>();
    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, &Library::onScanDone);
    connect(&m_removeWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_jobRunning = false;
        if (const QString error = m_removeWatcher.result(); !error.isEmpty())
            emit message(tr("Could not remove the folder: %1").arg(error));
        reload();
        runNextJob();
    });
}

Library::~Library()
{
    m_jobs.clear();
    cancelScan();
    // Worker threads hold this object's members (the scanner); they must end before it does. No worker
    // lets an exception out, so waiting cannot throw.
    m_scanWatcher.waitForFinished();
    m_removeWatcher.waitForFinished();
    for (QFutureWatcherBase* watcher : findChildren<QFutureWatcherBase*>())
        watcher->waitForFinished();
}

void Library::open()
{
    reload();
}

void Library::rescan()
{
    const bool fullScanQueued = std::any_of(m_jobs.begin(), m_jobs.end(), [](const Job& job) {
        return job.kind == Job::Kind::Scan && job.folders.isEmpty();
    });
    if (!fullScanQueued)
        enqueue({Job::Kind::Scan, {}});
}

void Library::addFolder(const QString& folder)
{
    enqueue({Job::Kind::Scan, {folder}});
}

void Library::removeFolder(const QString& folder)
{
    enqueue({Job::Kind::RemoveFolder, {folder}});
}

void Library::cancelScan()
{
    if (m_scanner)
        m_scanner->cancel();
}

void Library::enqueue(Job job)
{
    m_jobs.push_back(std::move(job));
    runNextJob();
}

void Library::runNextJob()
{
    if (m_jobRunning || m_jobs.empty())
        return;
    const Job job = m_jobs.front();
    m_jobs.pop_front();
    m_jobRunning = true;
    if (job.kind == Job::Kind::Scan)
        startScan(job.folders);
    else
        startRemoval(job.folders.front());
}

void Library::startScan(const QStringList& folders)
{
    m_scanner = std::make_unique<LibraryScanner>(m_databasePath);
    connect(m_scanner.get(), &LibraryScanner::progress, this, &Library::onScanProgress);
    m_scanning = true;
    m_filesRead = 0;
    m_filesReadAtReload = 0;
    m_refreshTimer.start(std::max<int>(m_refreshMs, int(kReloadDutyFactor * m_lastReloadMs)));
    emit scanStarted();
    m_scanWatcher.setFuture(QtConcurrent::run([scanner = m_scanner.get(), folders] {
        try {
            return std::pair<ScanReport, QString>(scanner->scan(folders), {});
        } catch (const std::exception& e) {
            return std::pair<ScanReport, QString>({}, errorText(e));
        }
    }));
}

void Library::onScanProgress(const ScanProgress& progress)
{
    m_filesRead = progress.filesRead;
    emit scanProgress(progress);
}

void Library::refreshDuringScan()
{
    if (m_filesRead > m_filesReadAtReload) {
        m_filesReadAtReload = m_filesRead;
        reload();
    }
}

void Library::onScanDone()
{
    m_scanning = false;
    m_jobRunning = false;
    m_refreshTimer.stop();
    m_scanner.reset();
    const auto [report, error] = m_scanWatcher.result();
    if (!error.isEmpty())
        emit message(tr("Scan failed: %1").arg(error));
    emit scanFinished(report);
    reload();
    runNextJob();
}

void Library::startRemoval(const QString& folder)
{
    m_removeWatcher.setFuture(QtConcurrent::run([path = m_databasePath, folder] {
        try {
            Database db(path);
            Transaction transaction(db);
            FolderStore(db).remove(toFilePath(folder));
            transaction.commit();
            return QString();
        } catch (const std::exception& e) {
            return errorText(e);
        }
    }));
}

void Library::reload()
{
    if (m_reloadWatcher) {
        m_reloadAgain = true;
        return;
    }
    m_reloadWatcher = new QFutureWatcher<Snapshot>(this);
    connect(m_reloadWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Snapshot snapshot = m_reloadWatcher->result();
        m_reloadWatcher->deleteLater();
        m_reloadWatcher = nullptr;
        onReloaded(snapshot);
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
    m_reloadWatcher->setFuture(QtConcurrent::run([path = m_databasePath] {
        QElapsedTimer timer;
        timer.start();
        Snapshot snapshot;
        try {
            Database db(path);
            for (const LibraryFolder& folder : FolderStore(db).all())
                snapshot.folders << displayPath(folder.path);
            snapshot.catalog = std::make_shared<const TrackCatalog>(TrackStore(db).all());
        } catch (const std::exception& e) {
            snapshot.error = errorText(e);
        }
        snapshot.milliseconds = timer.elapsed();
        return snapshot;
    }));
}

void Library::onReloaded(const Snapshot& snapshot)
{
    if (!snapshot.error.isEmpty()) {
        if (m_open)
            emit message(snapshot.error);
        else
            emit failed(snapshot.error);
        return;
    }
    m_lastReloadMs = snapshot.milliseconds;
    if (m_refreshTimer.isActive())
        m_refreshTimer.setInterval(std::max<int>(m_refreshMs, int(kReloadDutyFactor * m_lastReloadMs)));
    m_catalog = snapshot.catalog;
    const bool foldersDiffer = snapshot.folders != m_folders;
    m_folders = snapshot.folders;
    emit catalogChanged();
    if (foldersDiffer)
        emit foldersChanged();
    if (!std::exchange(m_open, true))
        emit opened();
}

void Library::importPaths(const QStringList& paths, QObject* receiver,
                          std::function<void(const ImportedTracks&)> done)
{
    auto* watcher = new QFutureWatcher<ImportedTracks>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, guard = QPointer<QObject>(receiver), done = std::move(done)] {
                const ImportedTracks imported = watcher->result();
                watcher->deleteLater();
                if (guard)
                    done(imported);
                reload();
            });
    watcher->setFuture(QtConcurrent::run([path = m_databasePath, paths] {
        ImportedTracks imported;
        try {
            const FileImporter::Result result = FileImporter(path).import(paths);
            imported.problems = result.problems;
            Database db(path);
            TrackStore store(db);
            for (const std::int64_t id : result.trackIds) {
                if (std::optional<Track> track = store.track(id))
                    imported.tracks.push_back(std::move(*track));
            }
        } catch (const std::exception& e) {
            imported.problems << errorText(e);
        }
        return imported;
    }));
}

} // namespace soundalike
