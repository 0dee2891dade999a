#pragma once

#include "core/service/LibraryPipeline.h" // ScanReport, as the pipeline reports a scan

#include <QObject>
#include <QString>

#include <functional>

namespace soundalike {

class JobQueue;
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
    // Whether a message is still showing in the status bar. While the last scan's report is, the next scan's
    // changes are counted in with it: the folders' watcher scans after each change on disk, and a retag, a
    // move and a deletion in a row read "1 updated, 1 moved, 1 removed", not only the last of them.
    void setShowingCheck(std::function<bool(const QString&)> showing) { m_showing = std::move(showing); }

signals:
    void message(const QString& text);
    // News that matters only when nothing else is being said (see StatusMessage::showIfFree).
    void routineMessage(const QString& text);

private:
    void connectJobs();
    void connectOutcomes(LibraryPipeline& pipeline);
    void showStarted(const JobHandle& handle);

    JobQueue& m_jobs;
    void reportScan(const ScanReport& report);

    StatusProgress& m_progress;
    std::function<bool(const QString&)> m_showing;
    ScanReport m_lastScan; // the changes the report showing counts
    QString m_lastScanText;
};

} // namespace soundalike
