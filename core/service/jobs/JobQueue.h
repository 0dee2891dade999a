#pragma once

#include "core/service/jobs/Job.h"
#include "core/service/jobs/JobProgress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace soundalike {

class JobControl;

// A job as its owner refers to it: to cancel it, and to tell its signals from another job's.
struct JobHandle
{
    quint64 id = 0;
    Job::Kind kind = Job::Kind::Scan;
    Job::Priority priority = Job::Priority::Background;

    [[nodiscard]] bool isValid() const { return id != 0; }
    bool operator==(const JobHandle&) const = default;
};

// The one queue for library work, in both front ends: scans, imports of dropped or opened files, analyses,
// trainings. One job runs at a time, so two writers of tracks never meet (a drop during a rescan used to
// collide with the scan's insert of the same path). A job someone waits for (Priority::User) goes before
// background ones, and those before idle ones; a more urgent job stops a resumable less urgent one that is
// running: it is queued again behind the urgent ones and goes on from what it committed. Lives on its owner's
// thread; jobs run on a worker thread; signals and `done` callbacks arrive on the owner's thread. Destroying
// the queue cancels everything and waits for the running job, which stops between files, tracks or batches.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Job&)>;

    explicit JobQueue(QObject* parent = nullptr);
    ~JobQueue() override;

    // `done` runs once the job has finished, been cancelled or failed (see Job::cancelled() and error()), and
    // only while `receiver` exists when one is given.
    JobHandle enqueue(std::shared_ptr<Job> job, Job::Priority priority, QObject* receiver = nullptr,
                      Done done = {});
    template <class J>
    JobHandle enqueue(std::shared_ptr<J> job, Job::Priority priority, QObject* receiver,
                      std::function<void(J&)> done)
    {
        return enqueue(std::static_pointer_cast<Job>(job), priority, receiver,
                       done ? Done([done](Job& j) { done(static_cast<J&>(j)); }) : Done());
    }

    // By the handle's id.
    void cancel(JobHandle handle);
    void cancelAll();
    [[nodiscard]] bool isIdle() const { return !m_running && m_waiting.empty(); }
    // Whether a job of this kind runs or waits; `waitingOnly` leaves the running one out.
    [[nodiscard]] bool has(Job::Kind kind, bool waitingOnly = false) const;
    [[nodiscard]] std::optional<JobHandle> running() const;

signals:
    void started(soundalike::JobHandle handle);
    void progress(soundalike::JobHandle handle, const soundalike::JobProgress& progress);
    // Also for a job cancelled before it started. Not for a job put back to make way for an urgent one.
    void finished(soundalike::JobHandle handle);
    void idle();

private:
    struct Entry
    {
        JobHandle handle;
        std::shared_ptr<Job> job;
        Job::Priority priority = Job::Priority::Background;
        bool hasReceiver = false;
        QPointer<QObject> receiver;
        Done done;
    };

    void insert(Entry entry, bool front);
    void startNext();
    void onRunFinished();
    void complete(Entry entry);

    std::deque<Entry> m_waiting; // in the order they will run
    std::optional<Entry> m_running;
    std::shared_ptr<JobControl> m_control;
    bool m_yielding = false; // the running job was asked to make way
    QFutureWatcher<void> m_watcher;
    quint64 m_nextId = 1;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::JobHandle)
