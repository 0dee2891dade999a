#include "core/service/LibraryMap.h"

#include "core/service/LibraryPipeline.h"
#include "core/service/MapComputation.h"
#include "core/service/jobs/MapJob.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace soundalike {

namespace {

// How often, at most, the tracks not on the map are counted again while a scan or an analysis runs.
constexpr int kCoverageIntervalMs = 1000;

} // namespace

LibraryMap::LibraryMap(QString databasePath, LibraryPipeline& pipeline, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_queue(pipeline.queue())
{
    qRegisterMetaType<MapProgress>();
    qRegisterMetaType<LibraryMapResult>();
    connect(&m_queue, &JobQueue::started, this, &LibraryMap::onStarted);
    connect(&pipeline, &LibraryPipeline::analysisFinished, this, [this](const AnalysisOutcome& outcome) {
        if (m_following && outcome.report.analysed > 0)
            update();
        libraryChanged();
    });
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCoverageIntervalMs);
    connect(&m_countTimer, &QTimer::timeout, this, &LibraryMap::countCoverage);
    connect(&pipeline, &LibraryPipeline::tracksChanged, this, &LibraryMap::libraryChanged);
    connect(&m_queue, &JobQueue::progress, this, [this](const JobHandle& handle) {
        if (handle.kind == Job::Kind::Scan || handle.kind == Job::Kind::Analysis)
            libraryChanged();
    });
    connect(&pipeline, &LibraryPipeline::trainingFinished, this, [this](const TrainingOutcome& outcome) {
        if (m_following && outcome.trained)
            update();
    });
}

LibraryMap::~LibraryMap()
{
    // A count holds nothing of this object; it must still end before its watcher goes.
    for (QFutureWatcherBase* watcher : findChildren<QFutureWatcherBase*>())
        watcher->waitForFinished();
}

void LibraryMap::update()
{
    m_following = true;
    if (m_running)
        m_again = true;
    else if (!m_job)
        enqueue();
}

void LibraryMap::cancel()
{
    m_again = false;
    if (m_job)
        m_queue.cancel(*m_job);
}

void LibraryMap::enqueue()
{
    m_again = false;
    auto job = std::make_shared<MapJob>(m_databasePath);
    // Progress reaches the application's thread as queued calls, where a job that outlived this object
    // reports to nobody.
    job->setProgressSink([self = QPointer<LibraryMap>(this)](const MapProgress& p) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, p] {
                if (self)
                    emit self->progress(p);
            },
            Qt::QueuedConnection);
    });
    m_job = m_queue.enqueue<MapJob>(job, Job::Priority::Background, this, [this](MapJob& done) {
        LibraryMapResult cancelled;
        cancelled.action = LibraryMapResult::Action::Cancelled;
        finish(done.cancelled() ? cancelled : done.result(), done.error());
    });
    // The queue starts a job at once when it is idle, before `m_job` is known to onStarted().
    if (m_queue.running() == m_job)
        onStarted(*m_job);
}

void LibraryMap::onStarted(const JobHandle& handle)
{
    if (!m_job || handle.id != m_job->id || m_running)
        return;
    m_running = true;
    emit runningChanged(true);
}

void LibraryMap::finish(const LibraryMapResult& result, const QString& error)
{
    m_job.reset();
    if (std::exchange(m_running, false))
        emit runningChanged(false);
    if (!error.isEmpty()) {
        emit failed(error);
    } else if (result.action != LibraryMapResult::Action::Cancelled) {
        m_current = result;
        ++m_delivered;
        emit updated(m_current);
    }
    if (m_again)
        enqueue();
}

void LibraryMap::libraryChanged()
{
    // Before the first map there is no count to follow: the map view says why it is empty.
    if (m_delivered > 0 && !m_countTimer.isActive())
        m_countTimer.start();
}

void LibraryMap::countCoverage()
{
    if (m_counting) {
        m_countTimer.start();
        return;
    }
    m_counting = true;
    auto* watcher = new QFutureWatcher<std::optional<MapCoverage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, delivered = m_delivered] {
        const std::optional<MapCoverage> coverage = watcher->result();
        watcher->deleteLater();
        m_counting = false;
        // A map delivered meanwhile brought its own count; an unreadable library is the runs' to report.
        if (coverage && delivered == m_delivered)
            emit coverageChanged(*coverage);
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_databasePath, map = m_current.coverage]() -> std::optional<MapCoverage> {
            try {
                return currentCoverage(path, map);
            } catch (const std::exception&) {
                return std::nullopt;
            }
        }));
}

} // namespace soundalike
