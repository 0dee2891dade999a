#include "core/service/jobs/AnalysisJob.h"

#include "core/common/Logging.h"
#include "core/embedding/EmbeddingUpdater.h"
#include "core/service/analysis/AnalysisRun.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"

namespace soundalike {

namespace {

void addUp(AnalysisReport& total, const AnalysisReport& run, bool first)
{
    if (first)
        total.total = run.total;
    total.analysed += run.analysed;
    total.failed += run.failed;
    total.threads = run.threads;
    total.audioSeconds += run.audioSeconds;
    total.wallSeconds += run.wallSeconds;
    total.cancelled = run.cancelled;
    total.duplicates += run.duplicates;
    for (const AnalysisFailure& failure : run.failures) {
        if (int(total.failures.size()) < AnalysisReport::kListedFailures)
            total.failures.push_back(failure);
    }
}

} // namespace

AnalysisJob::AnalysisJob(QString databasePath, AnalysisOptions options)
    : m_databasePath(std::move(databasePath)), m_options(std::move(options))
{}

QString AnalysisJob::describe() const
{
    return m_options.tracks.empty() ? QStringLiteral("analysis of the library")
                                    : QStringLiteral("analysis of %1 track(s)").arg(m_options.tracks.size());
}

void AnalysisJob::run(JobControl& control)
{
    const bool first = m_runs++ == 0;
    // A resumed run counts on from where the first one stopped, so the progress bar does not restart.
    const int doneBefore = m_outcome.report.analysed + m_outcome.report.failed;
    const int totalBefore = m_outcome.report.total;
    AnalysisReport run;
    {
        Database db(m_databasePath);
        run = AnalysisRun(db, m_options, control.cancelFlag(), [&](const AnalysisProgress& p) {
                  const int total = first ? p.total : totalBefore;
                  control.report({doneBefore + p.done, total, JobProgress::Unit::Tracks, p.currentPath});
              }).run();
    }
    addUp(m_outcome.report, run, first);
    qCDebug(lcAnalysis) << "analysed" << run.analysed << "failed" << run.failed << "in" << run.wallSeconds
                        << "s" << (run.cancelled ? "(stopped)" : "");
    if (!run.cancelled)
        m_outcome.embedded = EmbeddingUpdater::run(m_databasePath, &m_outcome.embeddingError);
}

} // namespace soundalike
