#pragma once

#include <QObject>
#include <QString>

namespace soundalike {

class JobQueue;
class LibraryPipeline;
class StatusProgress;
struct JobHandle;

// What the library's background work is doing and how it ended, for the status bar: a progress line for
// every job of the queue while it runs (its stop button cancels the job), and a message when a scan ends, an
// analysis had failures or a model was trained.
class ActivityStatus : public QObject
{
    Q_OBJECT

public:
    ActivityStatus(JobQueue& jobs, LibraryPipeline& pipeline, StatusProgress& progress, QObject* parent);

signals:
    void message(const QString& text);
    // News that matters only when nothing else is being said (see StatusMessage::showIfFree).
    void routineMessage(const QString& text);

private:
    void connectJobs();
    void connectOutcomes(LibraryPipeline& pipeline);
    void showStarted(const JobHandle& handle);

    JobQueue& m_jobs;
    StatusProgress& m_progress;
};

} // namespace soundalike
