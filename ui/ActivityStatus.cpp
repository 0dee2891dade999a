#include "ui/ActivityStatus.h"

#include "core/service/LibraryPipeline.h"
#include "core/service/jobs/JobQueue.h"
#include "ui/StatusProgress.h"

namespace soundalike {

namespace {

// A job as StatusProgress names it.
QString jobKey(const JobHandle& handle)
{
    return QString::number(handle.id);
}

StatusProgress::Unit statusUnit(JobProgress::Unit unit)
{
    switch (unit) {
    case JobProgress::Unit::Files:
        return StatusProgress::Unit::Files;
    case JobProgress::Unit::Epochs:
        return StatusProgress::Unit::Epochs;
    case JobProgress::Unit::Percent:
        return StatusProgress::Unit::Percent;
    case JobProgress::Unit::Tracks:
        break;
    }
    return StatusProgress::Unit::Tracks;
}

QString whereUnreadableFilesAre()
{
    return ActivityStatus::tr("File ▸ Unreadable Files lists them, with the reasons.");
}

QString reportText(const ScanReport& r)
{
    if (r.cancelled)
        return ActivityStatus::tr("Scan stopped; the next scan goes on from there.");
    if (r.changed() == 0)
        return ActivityStatus::tr("Library is up to date.");
    // Only what happened: a row of zeros pushed the files that could not be read out of a narrow status bar.
    QStringList parts;
    const auto add = [&parts](int count, const QString& text) {
        if (count > 0)
            parts << text;
    };
    add(r.added, ActivityStatus::tr("%Ln added", nullptr, r.added));
    add(r.updated, ActivityStatus::tr("%Ln updated", nullptr, r.updated));
    add(r.moved, ActivityStatus::tr("%Ln moved", nullptr, r.moved));
    add(r.removed, ActivityStatus::tr("%Ln removed", nullptr, r.removed));
    add(r.restored, ActivityStatus::tr("%Ln found again", nullptr, r.restored));
    add(r.markedUnavailable, ActivityStatus::tr("%Ln missing", nullptr, r.markedUnavailable));
    add(r.problems, ActivityStatus::tr("%Ln could not be read", nullptr, r.problems));
    const QString text = ActivityStatus::tr("Library scanned: %1.").arg(parts.join(QStringLiteral(", ")));
    return r.problems > 0 ? text + QLatin1Char(' ') + whereUnreadableFilesAre() : text;
}

// Which teacher the new model had, in the words of Settings ▸ How songs are compared.
QString trainingSignalText(const TrainingOutcome& outcome)
{
    if (outcome.signal == QLatin1String("semi-supervised"))
        return ActivityStatus::tr("from the sound, and the genre tags of %Ln track(s)", nullptr,
                                  outcome.labelledTracks);
    if (outcome.signal == QLatin1String("labels"))
        return ActivityStatus::tr("from genre tags of %Ln track(s)", nullptr, outcome.labelledTracks);
    return ActivityStatus::tr("from the sound alone");
}

// A clean analysis only ends the progress bar; failures are worth a message. Empty: nothing to say.
QString analysisText(const AnalysisOutcome& outcome, const QString& error)
{
    const QString problem = error.isEmpty() ? outcome.embeddingError : error;
    if (outcome.report.failed == 0 && problem.isEmpty())
        return {};
    return ActivityStatus::tr("Analysed %n track(s)", nullptr, outcome.report.analysed) +
           (outcome.report.failed
                ? ActivityStatus::tr("; %n could not be read", nullptr, outcome.report.failed)
                : QString()) +
           (problem.isEmpty() ? QString() : QStringLiteral("; ") + problem) +
           (outcome.report.failed ? QStringLiteral(". ") + whereUnreadableFilesAre() : QString());
}

QString trainingText(const TrainingOutcome& outcome, const QString& error)
{
    if (outcome.trained)
        return ActivityStatus::tr("New similarity model learnt from %Ln track(s) (%1); playlists use it from "
                                  "now on.",
                                  nullptr, outcome.tracks)
            .arg(trainingSignalText(outcome));
    if (!error.isEmpty())
        return ActivityStatus::tr("Could not train the similarity model: %1").arg(error);
    return {};
}

} // namespace

ActivityStatus::ActivityStatus(JobQueue& jobs, LibraryPipeline& pipeline, StatusProgress& progress,
                               QObject* parent)
    : QObject(parent), m_jobs(jobs), m_progress(progress)
{
    connectJobs();
    connectOutcomes(pipeline);
}

void ActivityStatus::connectJobs()
{
    connect(&m_jobs, &JobQueue::started, this, &ActivityStatus::showStarted);
    connect(&m_jobs, &JobQueue::progress, this, [this](JobHandle handle, const JobProgress& p) {
        m_progress.progress(jobKey(handle), p.done, p.total, statusUnit(p.unit));
    });
    connect(&m_jobs, &JobQueue::finished, this,
            [this](JobHandle handle) { m_progress.finish(jobKey(handle)); });
    connect(&m_progress, &StatusProgress::cancelRequested, this, [this](const QString& key) {
        JobHandle handle;
        handle.id = key.toULongLong();
        m_jobs.cancel(handle);
    });
}

void ActivityStatus::connectOutcomes(LibraryPipeline& pipeline)
{
    const auto say = [this](const QString& text) {
        if (!text.isEmpty())
            emit message(text);
    };
    connect(&pipeline, &LibraryPipeline::scanFinished, this,
            [this](const ScanReport& report, const QString& error) {
                if (!error.isEmpty())
                    emit message(tr("Scan failed: %1").arg(error));
                else if (!report.cancelled && report.changed() == 0)
                    emit routineMessage(reportText(report));
                else
                    reportScan(report);
            });
    connect(&pipeline, &LibraryPipeline::analysisFinished, this,
            [say](const AnalysisOutcome& outcome, bool, const QString& error) {
                say(analysisText(outcome, error));
            });
    connect(&pipeline, &LibraryPipeline::trainingFinished, this,
            [say](const TrainingOutcome& outcome, bool, const QString& error) {
                say(trainingText(outcome, error));
            });
}

void ActivityStatus::reportScan(const ScanReport& report)
{
    if (!report.cancelled && m_showing && !m_lastScanText.isEmpty() && m_showing(m_lastScanText))
        m_lastScan.addChanges(report);
    else
        m_lastScan = report;
    m_lastScanText = reportText(m_lastScan);
    emit message(m_lastScanText);
}

void ActivityStatus::showStarted(const JobHandle& handle)
{
    const bool user = handle.priority == Job::Priority::User;
    QString task;
    switch (handle.kind) {
    case Job::Kind::Scan:
        task = tr("Scanning library");
        break;
    case Job::Kind::Import:
        task = tr("Adding files to the library");
        break;
    case Job::Kind::RemoveFolder:
        task = tr("Removing a folder from the library");
        break;
    case Job::Kind::Analysis:
        task = user ? tr("Analysing dropped tracks") : tr("Analysing audio");
        break;
    case Job::Kind::Training:
        task = tr("Training the similarity model");
        break;
    case Job::Kind::Map:
        task = tr("Drawing the library map");
        break;
    case Job::Kind::Loudness:
        task = tr("Measuring loudness for volume levelling");
        break;
    }
    m_progress.begin(jobKey(handle), task);
}

} // namespace soundalike
