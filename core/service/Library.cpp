#include "core/service/Library.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/service/LibraryPipeline.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"

#include <QElapsedTimer>
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

Library::Library(QString databasePath, LibraryPipeline& pipeline, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_catalog(std::make_shared<TrackCatalog>()),
      m_refreshMs(kRefreshIntervalMs)
{
    connect(&m_refreshTimer, &QTimer::timeout, this, &Library::refreshDuringScan);
    connect(&pipeline, &LibraryPipeline::tracksChanged, this, &Library::reload);
    connect(&pipeline.queue(), &JobQueue::started, this, &Library::onJobStarted);
    connect(&pipeline.queue(), &JobQueue::progress, this, &Library::onJobProgress);
    connect(&pipeline.queue(), &JobQueue::finished, this, &Library::onJobFinished);
}

Library::~Library()
{
    // A reload holds nothing of this object but its result; it must still end before its watcher goes.
    for (QFutureWatcherBase* watcher : findChildren<QFutureWatcherBase*>())
        watcher->waitForFinished();
}

void Library::open()
{
    reload();
}

void Library::onJobStarted(JobHandle handle)
{
    if (handle.kind != Job::Kind::Scan)
        return;
    m_scan = handle;
    m_filesRead = 0;
    m_filesReadAtReload = 0;
    m_refreshTimer.start(std::max<int>(m_refreshMs, int(kReloadDutyFactor * m_lastReloadMs)));
}

void Library::onJobProgress(JobHandle handle, const JobProgress& progress)
{
    if (handle == m_scan && progress.total > 0)
        m_filesRead = progress.done;
}

void Library::onJobFinished(JobHandle handle)
{
    if (handle == m_scan)
        m_scan = {};
    if (!m_scan.isValid())
        m_refreshTimer.stop();
}

void Library::refreshDuringScan()
{
    if (m_filesRead > m_filesReadAtReload) {
        m_filesReadAtReload = m_filesRead;
        reload();
    }
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
            auto catalog = std::make_shared<TrackCatalog>(TrackStore(db).all());
            catalog->setDuplicates(FingerprintStore(db).groups());
            catalog->setAnalysisFailures(DescriptorStore(db).failures(DescriptorLayout::kVersion));
            snapshot.catalog = std::move(catalog);
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

} // namespace soundalike
