#pragma once

#include <QString>

namespace soundalike {

class JobControl;

// One piece of library work: a scan, an import of files the user named, an analysis, a training, the map, the
// whole-track loudness. The
// queue runs it on a worker thread; the front end reads its typed result (each subclass keeps its own) once
// the queue says it finished. A job catches what it can explain and keeps it as its error.
class Job
{
public:
    enum class Kind
    {
        Scan,
        Import,
        RemoveFolder,
        Analysis,
        Training,
        Map,
        Loudness,
    };

    // From the most urgent: a job waits behind the more urgent ones, and a resumable one that runs makes way
    // for a more urgent one queued after it.
    enum class Priority
    {
        User,       // someone is waiting: files dropped or opened, "Retrain now"
        Background, // keeping the library up to date
        Idle,       // refining what works already (the whole tracks' loudness): only when nothing else waits
    };

    virtual ~Job() = default;

    virtual Kind kind() const = 0;
    // A line for the log.
    virtual QString describe() const = 0;
    // On a worker thread. Returns soon after `control` is cancelled, keeping what it committed.
    virtual void run(JobControl& control) = 0;
    // Whether the job may be stopped for a more urgent one and run again later, going on from where it
    // stopped (scans and analyses resume from what they committed).
    virtual bool resumable() const { return false; }

    // Set by the queue: the job was cancelled (before it started, or while it ran).
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    void setCancelled() { m_cancelled = true; }
    [[nodiscard]] const QString& error() const { return m_error; }
    void setError(const QString& error) { m_error = error; }

private:
    bool m_cancelled = false;
    QString m_error;
};

// The display name of a kind, for logs and the CLI.
QString jobKindName(Job::Kind kind);

} // namespace soundalike
