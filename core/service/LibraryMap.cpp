#include "core/service/LibraryMap.h"

#include "core/service/LibraryPipeline.h"
#include "core/service/jobs/MapJob.h"

#include <QCoreApplication>
#include <QPointer>

namespace soundalike {

LibraryMap::LibraryMap(QString databasePath, LibraryPipeline& pipeline, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_queue(pipeline.queue())
{
    qRegisterMetaType<MapProgress>();
    qRegisterMetaType<LibraryMapResult>();
    connect(&m_queue, &JobQueue::started, this, &LibraryMap::onStarted);
    connect(&pipeline, &LibraryPipeline::analysisFinished, this, [this](const AnalysisOutcome& outcome) {
        if (m_following && outcome.report.analysed > 0)
            update();
    });
    connect(&pipeline, &LibraryPipeline::trainingFinished, this, [this](const TrainingOutcome& outcome) {
        if (m_following && outcome.trained)
            update();
    });
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
        emit updated(m_current);
    }
    if (m_again)
        enqueue();
}

} // namespace soundalike
