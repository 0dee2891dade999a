#include "app/cli/AnalysisRunner.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/Interrupt.h"
#include "app/cli/JobProgressLine.h"
#include "app/cli/TrackFormat.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/TrackDescription.h"

#include <QJsonArray>

namespace soundalike::cli {

void AnalysisRunner::addThreadsOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("threads"),
                      QStringLiteral("Analyse with N threads (default: one per core)."),
                      QStringLiteral("N")});
}

int AnalysisRunner::threads(const CliContext& context)
{
    return context.intOption(QStringLiteral("threads"), 0, 1, 256);
}

AnalysisOutcome AnalysisRunner::run(CliContext& context)
{
    LibraryPipeline::Policy policy;
    policy.trainWhenDue = false;               // the command line trains when asked (`train`)
    policy.analysisThreads = threads(context); // a usage error before the library is opened
    JobQueue queue;
    LibraryPipeline pipeline(context.databasePath(), queue);
    pipeline.setPolicy(policy);
    AnalysisOutcome outcome;
    QString error;
    pipeline.analyse([&](AnalysisJob& job) {
        outcome = job.outcome();
        error = job.error();
    });
    JobProgressLine progress(queue, !context.json());
    Interrupt::waitUntilIdle(queue);
    progress.finish();
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
    return outcome;
}

QJsonObject AnalysisRunner::json(const AnalysisOutcome& outcome)
{
    const AnalysisReport& r = outcome.report;
    QJsonArray failures;
    for (const AnalysisFailure& f : r.failures)
        failures.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("reason"), f.reason}});
    return QJsonObject{
        {QStringLiteral("descriptor_version"), TrackDescription::currentVersion()},
        {QStringLiteral("total"), r.total},
        {QStringLiteral("analysed"), r.analysed},
        {QStringLiteral("failed"), r.failed},
        {QStringLiteral("threads"), r.threads},
        {QStringLiteral("audio_seconds"), r.audioSeconds},
        {QStringLiteral("wall_seconds"), r.wallSeconds},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("embedded"), outcome.embedded},
        {QStringLiteral("duplicates"), r.duplicates},
    };
}

void AnalysisRunner::print(QTextStream& out, const AnalysisOutcome& outcome)
{
    const AnalysisReport& r = outcome.report;
    if (outcome.embedded > 0)
        out << counted(outcome.embedded, "new track") << " embedded with the current similarity model.\n";
    if (!outcome.embeddingError.isEmpty())
        out << "New tracks were not embedded: " << outcome.embeddingError << '\n';
    if (r.total == 0) {
        out << "Nothing to analyse: every available track has a descriptor.\n";
        return;
    }
    out << QStringLiteral("Analysed %1 of %2: %3 of audio in %4 s with %5.\n")
               .arg(r.analysed)
               .arg(counted(r.total, "track"))
               .arg(durationText(qint64(r.audioSeconds * 1000)))
               .arg(r.wallSeconds, 0, 'f', 1)
               .arg(counted(r.threads, "thread"));
    if (r.duplicates > 0)
        out << counted(r.duplicates, "track")
            << " found to hold the same recording as another track; see 'soundalike-cli "
               "duplicates'.\n";
    if (r.failed) {
        out << counted(r.failed, "file") << " could not be analysed; see 'soundalike-cli problems'.\n";
        for (const AnalysisFailure& f : r.failures)
            out << "  " << f.path << "\n      " << f.reason << '\n';
    }
}

} // namespace soundalike::cli
