#include "core/service/jobs/JobControl.h"
#include "core/service/jobs/JobQueue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace soundalike;

namespace {

// A job of the test's own: counts steps, a few milliseconds each, stopping between steps when cancelled and
// going on from its last step when run again, as a scan goes on from its last committed batch.
class StepJob : public Job
{
public:
    StepJob(Kind kind, int steps, bool resumable) : m_kind(kind), m_steps(steps), m_resumable(resumable) {}

    Kind kind() const override { return m_kind; }
    QString describe() const override { return QStringLiteral("%1 steps").arg(m_steps); }
    bool resumable() const override { return m_resumable; }
    void run(JobControl& control) override
    {
        ++runs;
        thread = QThread::currentThread();
        for (; done < m_steps && !control.cancelled(); ++done) {
            QThread::msleep(5);
            control.report({done + 1, m_steps, JobProgress::Unit::Tracks, {}});
        }
    }

    std::atomic_int runs = 0;
    std::atomic_int done = 0;
    QThread* thread = nullptr;

private:
    Kind m_kind;
    int m_steps;
    bool m_resumable;
};

std::shared_ptr<StepJob> job(Job::Kind kind, int steps, bool resumable = false)
{
    return std::make_shared<StepJob>(kind, steps, resumable);
}

} // namespace

// The one job queue of the application core: order, priorities, making way, cancellation, threads.
class TestJobQueue : public QObject
{
    Q_OBJECT

private slots:
    void runsOneJobAtATimeInOrder()
    {
        JobQueue queue;
        QStringList finished;
        const auto log = [&](const QString& name) { return [&finished, name](Job&) { finished << name; }; };
        queue.enqueue(job(Job::Kind::Scan, 5), Job::Priority::Background, nullptr, log("a"));
        queue.enqueue(job(Job::Kind::Analysis, 5), Job::Priority::Background, nullptr, log("b"));
        queue.enqueue(job(Job::Kind::Training, 5), Job::Priority::Background, nullptr, log("c"));
        QVERIFY(!queue.isIdle());
        QTRY_VERIFY(queue.isIdle());
        QCOMPARE(finished, (QStringList{"a", "b", "c"}));
    }

    void aUserJobGoesBeforeWaitingBackgroundJobs()
    {
        JobQueue queue;
        QStringList finished;
        const auto log = [&](const QString& name) { return [&finished, name](Job&) { finished << name; }; };
        queue.enqueue(job(Job::Kind::Training, 20), Job::Priority::Background, nullptr, log("running"));
        queue.enqueue(job(Job::Kind::Scan, 2), Job::Priority::Background, nullptr, log("background"));
        queue.enqueue(job(Job::Kind::Import, 2), Job::Priority::User, nullptr, log("user 1"));
        queue.enqueue(job(Job::Kind::Import, 2), Job::Priority::User, nullptr, log("user 2"));
        QTRY_VERIFY(queue.isIdle());
        // Training is not resumable: it finishes before the user jobs start.
        QCOMPARE(finished, (QStringList{"running", "user 1", "user 2", "background"}));
    }

    void aResumableBackgroundJobMakesWayAndGoesOn()
    {
        JobQueue queue;
        QStringList finished;
        const auto scan = job(Job::Kind::Scan, 200, true);
        QSignalSpy started(&queue, &JobQueue::started);
        queue.enqueue<StepJob>(scan, Job::Priority::Background, nullptr,
                               [&](StepJob& j) { finished << QStringLiteral("scan %1").arg(j.done); });
        QTRY_VERIFY(scan->done > 10);
        queue.enqueue<StepJob>(job(Job::Kind::Import, 3), Job::Priority::User, nullptr, [&](StepJob&) {
            finished << QStringLiteral("import (scan at %1)").arg(scan->done);
        });
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
        QCOMPARE(finished.size(), 2);
        QVERIFY2(finished.at(0).startsWith(QLatin1String("import")), qPrintable(finished.join(", ")));
        QVERIFY2(!finished.at(0).endsWith(QLatin1String("at 200)")), "the import waited for the whole scan");
        QCOMPARE(finished.at(1), QStringLiteral("scan 200")); // all of it, once
        QCOMPARE(scan->runs.load(), 2);
        QVERIFY(!scan->cancelled());
        QCOMPARE(started.count(), 3); // scan, import, scan again
    }

    // The whole tracks' loudness can take hours: a running idle job makes way for a background one (a rescan,
    // the map) as a background job makes way for a user's, and queued jobs of every priority go before it.
    void anIdleJobMakesWayForEveryOtherJob()
    {
        JobQueue queue;
        QStringList finished;
        const auto log = [&](const QString& name) { return [&finished, name](Job&) { finished << name; }; };
        const auto loudness = job(Job::Kind::Loudness, 200, true);
        queue.enqueue<StepJob>(loudness, Job::Priority::Idle, nullptr,
                               [&](StepJob& j) { finished << QStringLiteral("loudness %1").arg(j.done); });
        queue.enqueue(job(Job::Kind::Map, 2), Job::Priority::Idle, nullptr, log("second idle"));
        QTRY_VERIFY(loudness->done > 10);
        queue.enqueue(job(Job::Kind::Scan, 3), Job::Priority::Background, nullptr, log("scan"));
        queue.enqueue(job(Job::Kind::Import, 3), Job::Priority::User, nullptr, log("import"));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
        QCOMPARE(finished, (QStringList{"import", "scan", "loudness 200", "second idle"}));
        QCOMPARE(loudness->runs.load(), 2);
    }

    void cancellingAWaitingJobAnswersItWithoutRunningIt()
    {
        JobQueue queue;
        const auto first = job(Job::Kind::Scan, 20);
        const auto second = job(Job::Kind::Analysis, 20);
        bool answered = false;
        queue.enqueue(first, Job::Priority::Background);
        const JobHandle handle = queue.enqueue<StepJob>(second, Job::Priority::Background, nullptr,
                                                        [&](StepJob& j) { answered = j.cancelled(); });
        queue.cancel(handle);
        QVERIFY(answered);
        QTRY_VERIFY(queue.isIdle());
        QCOMPARE(second->runs.load(), 0);
        QCOMPARE(first->done.load(), 20);
    }

    void cancellingTheRunningJobStopsItBetweenSteps()
    {
        JobQueue queue;
        const auto running = job(Job::Kind::Scan, 100000, true);
        bool cancelled = false;
        const JobHandle handle = queue.enqueue<StepJob>(running, Job::Priority::Background, nullptr,
                                                        [&](StepJob& j) { cancelled = j.cancelled(); });
        QTRY_VERIFY(running->done > 0);
        queue.cancel(handle);
        QTRY_VERIFY(queue.isIdle());
        QVERIFY(cancelled);
        QVERIFY(running->done < 100000);
        QCOMPARE(running->runs.load(), 1); // a cancelled job is not put back
    }

    void destroyingTheQueueStopsTheRunningJobPromptly()
    {
        const auto running = job(Job::Kind::Import, 100000);
        bool answered = false;
        {
            JobQueue queue;
            queue.enqueue<StepJob>(running, Job::Priority::User, nullptr, [&](StepJob&) { answered = true; });
            QTRY_VERIFY(running->done > 0);
        }
        QVERIFY(running->done < 100000);
        QVERIFY(!answered); // nobody is left to hear it
    }

    void aCallbackRunsOnlyWhileItsReceiverExists()
    {
        JobQueue queue;
        auto receiver = std::make_unique<QObject>();
        bool called = false;
        queue.enqueue(job(Job::Kind::Scan, 10), Job::Priority::Background, receiver.get(),
                      [&](Job&) { called = true; });
        receiver.reset();
        QTRY_VERIFY(queue.isIdle());
        QVERIFY(!called);
    }

    void jobsRunOnAWorkerAndReportOnTheOwnersThread()
    {
        JobQueue queue;
        const auto j = job(Job::Kind::Analysis, 10);
        QList<QThread*> reportThreads;
        QList<int> done;
        connect(&queue, &JobQueue::progress, this, [&](JobHandle, const JobProgress& p) {
            reportThreads << QThread::currentThread();
            done << p.done;
        });
        QThread* callbackThread = nullptr;
        queue.enqueue<StepJob>(j, Job::Priority::Background, nullptr,
                               [&](StepJob&) { callbackThread = QThread::currentThread(); });
        QTRY_VERIFY(queue.isIdle());
        QVERIFY(j->thread && j->thread != QThread::currentThread());
        QCOMPARE(callbackThread, QThread::currentThread());
        QCOMPARE(reportThreads.size(), 10);
        QVERIFY(std::all_of(reportThreads.begin(), reportThreads.end(),
                            [](QThread* t) { return t == QThread::currentThread(); }));
        QCOMPARE(done.last(), 10);
    }

    void aFailingJobKeepsItsErrorAndTheQueueGoesOn()
    {
        class Failing : public Job
        {
        public:
            Kind kind() const override { return Kind::Import; }
            QString describe() const override { return QStringLiteral("failing"); }
            void run(JobControl&) override { throw std::runtime_error("disk on fire"); }
        };
        JobQueue queue;
        QString error;
        queue.enqueue(std::make_shared<Failing>(), Job::Priority::User, nullptr,
                      [&](Job& j) { error = j.error(); });
        const auto next = job(Job::Kind::Scan, 3);
        queue.enqueue(next, Job::Priority::Background);
        QTRY_VERIFY(queue.isIdle());
        QCOMPARE(error, QStringLiteral("disk on fire"));
        QCOMPARE(next->done.load(), 3);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
