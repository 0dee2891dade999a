#include "core/service/LibraryPipeline.h"

#include "core/common/Logging.h"
#include "core/service/jobs/ImportJob.h"
#include "core/service/jobs/LoudnessJob.h"
#include "core/service/jobs/RemoveFolderJob.h"
#include "core/service/jobs/ScanJob.h"

#include <QPointer>

namespace soundalike {

LibraryPipeline::LibraryPipeline(QString databasePath, JobQueue& queue, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_queue(queue)
{
    qRegisterMetaType<ScanReport>();
    qRegisterMetaType<AnalysisOutcome>();
    qRegisterMetaType<TrainingOutcome>();
    connect(&m_queue, &JobQueue::started, this, [this](JobHandle handle) {
        for (auto* waiting :
             {&m_waitingFullScan, &m_waitingAnalysis, &m_waitingTraining, &m_waitingLoudness}) {
            if (*waiting == handle)
                waiting->reset();
        }
    });
    // A large library's pass takes hours: levelling takes up the whole-track values committed so far every
    // little while, not only at the end.
    m_loudnessAnnounced.start();
    connect(&m_queue, &JobQueue::progress, this, [this](JobHandle handle, const JobProgress& progress) {
        if (handle.kind != Job::Kind::Loudness || progress.done == 0 || progress.done >= progress.total ||
            m_loudnessAnnounced.elapsed() < m_policy.loudnessAnnounceMs)
            return;
        m_loudnessAnnounced.restart();
        emit loudnessMeasured();
    });
}

void LibraryPipeline::rememberWaiting(std::optional<JobHandle>& slot, JobHandle handle)
{
    // A job the queue started at once, inside enqueue(), has already passed the `started` signal that would
    // have forgotten it: remembered, it would stand for a waiting job forever and swallow every later
    // request.
    if (m_queue.running() != handle)
        slot = handle;
}

JobHandle LibraryPipeline::scan(std::vector<FilePath> folders, std::function<void(ScanJob&)> onScanned)
{
    const bool full = folders.empty();
    if (full && m_waitingFullScan && !onScanned)
        return *m_waitingFullScan;
    const JobHandle handle =
        m_queue.enqueue<ScanJob>(std::make_shared<ScanJob>(m_databasePath, std::move(folders)),
                                 Job::Priority::Background, this, [this, onScanned](ScanJob& job) {
                                     onScanDone(job);
                                     if (onScanned)
                                         onScanned(job);
                                 });
    if (full)
        rememberWaiting(m_waitingFullScan, handle);
    return handle;
}

void LibraryPipeline::onScanDone(ScanJob& job)
{
    emit tracksChanged();
    emit scanFinished(job.report(), job.error());
    if (!job.cancelled() && job.error().isEmpty() && m_policy.analyseAfterScan)
        analyse();
}

JobHandle LibraryPipeline::analyse(std::function<void(AnalysisJob&)> onAnalysed)
{
    if (m_waitingAnalysis && !onAnalysed)
        return *m_waitingAnalysis;
    AnalysisOptions options;
    options.threads = m_policy.analysisThreads;
    const JobHandle handle =
        m_queue.enqueue<AnalysisJob>(std::make_shared<AnalysisJob>(m_databasePath, options),
                                     Job::Priority::Background, this, [this, onAnalysed](AnalysisJob& job) {
                                         onAnalysisDone(job);
                                         if (onAnalysed)
                                             onAnalysed(job);
                                     });
    rememberWaiting(m_waitingAnalysis, handle);
    return handle;
}

void LibraryPipeline::onAnalysisDone(AnalysisJob& job)
{
    emit analysisFinished(job.outcome(), job.cancelled(), job.error());
    // The library view marks the copies it found and the tracks it could not analyse.
    if (job.outcome().report.duplicates > 0 || job.outcome().report.failed > 0)
        emit tracksChanged();
    if (job.cancelled() || !job.error().isEmpty())
        return;
    if (m_policy.trainWhenDue)
        trainIfDue();
    if (m_policy.measureLoudness)
        measureLoudness();
}

void LibraryPipeline::measureLoudness()
{
    if (m_waitingLoudness)
        return;
    // Hours of decoding for a large library: it makes way for any other job, a scan or the map included.
    rememberWaiting(m_waitingLoudness, m_queue.enqueue<LoudnessJob>(
                                           std::make_shared<LoudnessJob>(m_databasePath), Job::Priority::Idle,
                                           this, [this](LoudnessJob& job) {
                                               if (job.unusable() > 0)
                                                   qCInfo(lcPlayback)
                                                       << job.unusable()
                                                       << "songs have no loudness to level by; they play "
                                                          "at their own level";
                                               if (job.measured() > 0)
                                                   emit loudnessMeasured();
                                           }));
}

void LibraryPipeline::trainIfDue()
{
    if (m_waitingTraining)
        return;
    rememberWaiting(m_waitingTraining,
                    m_queue.enqueue<TrainingJob>(
                        std::make_shared<TrainingJob>(m_databasePath, m_policy.learn, true),
                        Job::Priority::Background, this, [this](TrainingJob& job) {
                            if (!job.outcome().skipped)
                                emit trainingFinished(job.outcome(), job.cancelled(), job.error());
                        }));
}

JobHandle LibraryPipeline::train(const LearnOptions& options, std::function<void(TrainingJob&)> onTrained,
                                 TrainingJob::EpochSink epochs)
{
    auto job = std::make_shared<TrainingJob>(m_databasePath, options);
    job->setEpochSink(std::move(epochs));
    return m_queue.enqueue<TrainingJob>(
        std::move(job), Job::Priority::User, this, [this, onTrained](TrainingJob& job) {
            emit trainingFinished(job.outcome(), job.cancelled(), job.error());
            if (onTrained)
                onTrained(job);
        });
}

JobHandle LibraryPipeline::removeFolder(const FilePath& folder)
{
    return m_queue.enqueue<RemoveFolderJob>(std::make_shared<RemoveFolderJob>(m_databasePath, folder),
                                            Job::Priority::User, this,
                                            [this](RemoveFolderJob&) { emit tracksChanged(); });
}

void LibraryPipeline::importFiles(std::vector<FilePath> paths, bool analyseFirst, QObject* receiver,
                                  std::function<void(const ImportedTracks&)> done)
{
    QPointer<QObject> guard(receiver);
    m_queue.enqueue<ImportJob>(
        std::make_shared<ImportJob>(m_databasePath, std::move(paths)), Job::Priority::User, this,
        [this, analyseFirst, guard, receiver, done](ImportJob& job) {
            emit tracksChanged();
            ImportedTracks imported{job.tracks(), job.problems(), {}, {}, job.cancelled()};
            // First, so that a status line cut to its first few problems still says why the import failed.
            if (!job.error().isEmpty())
                imported.problems.prepend(job.error());
            if (analyseFirst && !job.cancelled() && !imported.tracks.empty()) {
                analyseImported(std::move(imported), receiver, done);
                return;
            }
            if (!job.cancelled() && !imported.tracks.empty())
                analyse();
            if (guard || !receiver)
                done(imported);
        });
}

void LibraryPipeline::analyseImported(ImportedTracks imported, QObject* receiver,
                                      std::function<void(const ImportedTracks&)> done)
{
    AnalysisOptions options;
    options.threads = m_policy.analysisThreads;
    for (const Track& track : imported.tracks)
        options.tracks.push_back(track.id);
    m_queue.enqueue<AnalysisJob>(std::make_shared<AnalysisJob>(m_databasePath, options), Job::Priority::User,
                                 receiver, [this, imported, done](AnalysisJob& job) mutable {
                                     if (!job.cancelled() && m_policy.measureLoudness)
                                         measureLoudness();
                                     imported.analysis = job.outcome();
                                     imported.cancelled = job.cancelled();
                                     imported.error = job.error();
                                     done(imported);
                                 });
}

} // namespace soundalike
