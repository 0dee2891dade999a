#pragma once

#include "core/common/Track.h"
#include "core/embedding/LearnOptions.h"
#include "core/library/ScanTypes.h"
#include "core/service/jobs/AnalysisJob.h"
#include "core/service/jobs/JobQueue.h"
#include "core/service/jobs/ScanJob.h"
#include "core/service/jobs/TrainingJob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace soundalike {

// Files someone dropped or opened, as the library now has them.
struct ImportedTracks
{
    std::vector<Track> tracks; // in the order given
    QStringList problems;      // one line per path that gave no track
    AnalysisOutcome analysis;  // when they were analysed before being handed over
    QString error;             // why they could not be analysed at all
    bool cancelled = false;
};

// The rule "scan, then analyse what changed (and embed it), then train a new model when one is due (and
// measure the whole tracks' loudness)", in one
// place for both front ends, over the one job queue. The app follows the whole chain; `soundalike-cli scan
// --analyze` stops after the analysis (Policy). Each step is a job of the queue; the next is queued when the
// last ends unstopped.
class LibraryPipeline : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        bool analyseAfterScan = true;
        bool trainWhenDue = true; // after an analysis, when TrainingPolicy says a model is due
        // After an analysis (behind the training), the whole-track loudness of what it analysed, for the
        // player's volume levelling: the app's, not the command line's.
        bool measureLoudness = false;
        // While a loudness pass runs, loudnessMeasured() at most this often: each announcement makes the
        // player read every track's loudness again, which at 100,000 tracks takes a few hundred milliseconds.
        int loudnessAnnounceMs = 30000;
        int analysisThreads = 0; // 0: one per core
        LearnOptions learn;      // how models are trained
    };

    LibraryPipeline(QString databasePath, JobQueue& queue, QObject* parent = nullptr);

    void setPolicy(const Policy& policy) { m_policy = policy; }
    const Policy& policy() const { return m_policy; }
    JobQueue& queue() { return m_queue; }

    // Scans `folders` (every library folder when empty) in the background. A full scan asked for while one is
    // still waiting is not queued twice. `onScanned` (optional) gets the scan job when it ends.
    JobHandle scan(std::vector<FilePath> folders = {}, std::function<void(ScanJob&)> onScanned = {});
    // Analyses what is waiting in the background (then embeds, then trains when due, by the policy).
    JobHandle analyse(std::function<void(AnalysisJob&)> onAnalysed = {});
    // Trains a model now, ahead of background work, whatever TrainingPolicy says. `epochs` (optional) hears
    // each epoch on the training thread.
    JobHandle train(const LearnOptions& options, std::function<void(TrainingJob&)> onTrained = {},
                    TrainingJob::EpochSink epochs = {});
    JobHandle removeFolder(const FilePath& folder);
    // Brings files and folders into the library ahead of background work. With `analyseFirst` (seeds: a
    // playlist grows from their sound) they are analysed and embedded before `done`; else `done` comes right
    // after the import and they are analysed in the background. `done` runs only while `receiver` exists.
    void importFiles(std::vector<FilePath> paths, bool analyseFirst, QObject* receiver,
                     std::function<void(const ImportedTracks&)> done);

signals:
    // Tracks were written: views reload what they show.
    void tracksChanged();
    void scanFinished(const soundalike::ScanReport& report, const QString& error);
    void analysisFinished(const soundalike::AnalysisOutcome& outcome, bool cancelled, const QString& error);
    void trainingFinished(const soundalike::TrainingOutcome& outcome, bool cancelled, const QString& error);
    // Some tracks' whole-track loudness was stored: at the end of a pass, and every
    // Policy::loudnessAnnounceMs while it runs.
    void loudnessMeasured();

private:
    void onScanDone(ScanJob& job);
    void onAnalysisDone(AnalysisJob& job);
    void trainIfDue();
    void measureLoudness();
    void rememberWaiting(std::optional<JobHandle>& slot, JobHandle handle);
    void analyseImported(ImportedTracks imported, QObject* receiver,
                         std::function<void(const ImportedTracks&)> done);

    QString m_databasePath;
    JobQueue& m_queue;
    Policy m_policy;
    // Jobs queued and not started yet, so that the same work is not queued twice.
    std::optional<JobHandle> m_waitingFullScan;
    std::optional<JobHandle> m_waitingAnalysis;
    std::optional<JobHandle> m_waitingTraining;
    std::optional<JobHandle> m_waitingLoudness;
    QElapsedTimer m_loudnessAnnounced;
};

} // namespace soundalike
