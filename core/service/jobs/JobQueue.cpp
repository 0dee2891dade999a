#include "core/service/jobs/JobQueue.h"

#include "core/common/Logging.h"
#include "core/service/jobs/JobControl.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace soundalike {

QString jobKindName(Job::Kind kind)
{
    switch (kind) {
    case Job::Kind::Scan:
        return QStringLiteral("scan");
    case Job::Kind::Import:
        return QStringLiteral("import");
    case Job::Kind::RemoveFolder:
        return QStringLiteral("remove-folder");
    case Job::Kind::Analysis:
        return QStringLiteral("analysis");
    case Job::Kind::Training:
        return QStringLiteral("training");
    case Job::Kind::Map:
        return QStringLiteral("map");
    case Job::Kind::Loudness:
        break;
    }
    return QStringLiteral("loudness");
}

JobQueue::JobQueue(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<JobHandle>();
    qRegisterMetaType<JobProgress>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &JobQueue::onRunFinished);
}

JobQueue::~JobQueue()
{
    m_waiting.clear();
    if (m_control)
        m_control->cancel();
    // The running job holds its Job and control; it must end before they do. Jobs never throw out of run().
    m_watcher.waitForFinished();
}

JobHandle JobQueue::enqueue(std::shared_ptr<Job> job, Job::Priority priority, QObject* receiver, Done done)
{
    Entry entry{{m_nextId++, job->kind(), priority},
                std::move(job),
                priority,
                receiver != nullptr,
                receiver,
                std::move(done)};
    const JobHandle handle = entry.handle;
    qCDebug(lcJobs) << "queued" << handle.id << entry.job->describe()
                    << (priority == Job::Priority::User   ? "(user)"
                        : priority == Job::Priority::Idle ? "(idle)"
                                                          : "(background)");
    insert(std::move(entry), false);
    if (m_running && priority < m_running->priority && m_running->job->resumable() && !m_yielding) {
        qCDebug(lcJobs) << "asking" << m_running->handle.id << "to make way for" << handle.id;
        m_yielding = true;
        m_control->cancel();
    }
    startNext();
    return handle;
}

// A job goes after the jobs of its priority already waiting and before every less urgent one; a job put back
// to make way goes before the others of its priority (it goes on before those queued after it).
void JobQueue::insert(Entry entry, bool front)
{
    const Job::Priority priority = entry.priority;
    const auto position = std::find_if(m_waiting.begin(), m_waiting.end(), [&](const Entry& e) {
        return front ? e.priority >= priority : e.priority > priority;
    });
    m_waiting.insert(position, std::move(entry));
}

void JobQueue::startNext()
{
    if (m_running || m_waiting.empty())
        return;
    m_running = std::move(m_waiting.front());
    m_waiting.pop_front();
    const JobHandle handle = m_running->handle;
    m_control = std::make_shared<JobControl>([this, handle](const JobProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, handle, p] { emit progress(handle, p); }, Qt::QueuedConnection);
    });
    qCDebug(lcJobs) << "starting" << handle.id << m_running->job->describe();
    emit started(handle);
    m_watcher.setFuture(QtConcurrent::run([job = m_running->job, control = m_control] {
        try {
            job->run(*control);
        } catch (const std::exception& e) {
            job->setError(QString::fromStdString(e.what()));
        }
    }));
}

void JobQueue::onRunFinished()
{
    Entry entry = std::move(*m_running);
    m_running.reset();
    const bool stopped = m_control->cancelled();
    m_control.reset();
    if (std::exchange(m_yielding, false) && stopped && entry.job->error().isEmpty()) {
        qCDebug(lcJobs) << "put back" << entry.handle.id << "to resume later";
        insert(std::move(entry), true);
    } else {
        if (stopped)
            entry.job->setCancelled();
        complete(std::move(entry));
    }
    startNext();
    if (isIdle())
        emit idle();
}

void JobQueue::complete(Entry entry)
{
    qCDebug(lcJobs) << "finished" << entry.handle.id << entry.job->describe()
                    << (entry.job->cancelled() ? "cancelled" : "") << entry.job->error();
    emit finished(entry.handle);
    if (entry.done && (!entry.hasReceiver || entry.receiver))
        entry.done(*entry.job);
}

void JobQueue::cancel(JobHandle handle)
{
    if (m_running && m_running->handle.id == handle.id) {
        m_yielding = false;
        m_control->cancel();
        return;
    }
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [&](const Entry& e) { return e.handle.id == handle.id; });
    if (it == m_waiting.end())
        return;
    Entry entry = std::move(*it);
    m_waiting.erase(it);
    entry.job->setCancelled();
    complete(std::move(entry));
    if (isIdle())
        emit idle();
}

void JobQueue::cancelAll()
{
    std::deque<Entry> waiting = std::exchange(m_waiting, {});
    for (Entry& entry : waiting) {
        entry.job->setCancelled();
        complete(std::move(entry));
    }
    if (m_running) {
        m_yielding = false;
        m_control->cancel();
    } else if (!waiting.empty()) {
        emit idle();
    }
}

bool JobQueue::has(Job::Kind kind, bool waitingOnly) const
{
    if (!waitingOnly && m_running && m_running->handle.kind == kind)
        return true;
    return std::any_of(m_waiting.begin(), m_waiting.end(),
                       [&](const Entry& e) { return e.handle.kind == kind; });
}

std::optional<JobHandle> JobQueue::running() const
{
    if (!m_running)
        return std::nullopt;
    return m_running->handle;
}

} // namespace soundalike
