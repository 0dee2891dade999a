#include "app/cli/ScanCommand.h"

#include "app/cli/AnalysisRunner.h"
#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/Interrupt.h"
#include "app/cli/JobProgressLine.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/jobs/ScanJob.h"

#include <QJsonArray>

#include <optional>

#include <sys/stat.h>

namespace soundalike::cli {

namespace {

QJsonObject reportJson(const ScanReport& r)
{
    return QJsonObject{
        {QStringLiteral("unchanged"), r.unchanged},
        {QStringLiteral("added"), r.added},
        {QStringLiteral("updated"), r.updated},
        {QStringLiteral("moved"), r.moved},
        {QStringLiteral("removed"), r.removed},
        {QStringLiteral("restored"), r.restored},
        {QStringLiteral("marked_unavailable"), r.markedUnavailable},
        {QStringLiteral("problems"), r.problems},
        {QStringLiteral("known_problems"), r.knownProblems},
        {QStringLiteral("unavailable_folders"), QJsonArray::fromStringList(r.unavailableFolders)},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("seconds"), r.seconds},
    };
}

void printHuman(QTextStream& out, const ScanReport& r)
{
    if (r.changed() == 0)
        out << "No changes: " << counted(r.unchanged, "track") << " unchanged";
    else
        out << "Scanned: " << r.added << " added, " << r.updated << " updated, " << r.moved << " moved, "
            << r.removed << " removed, " << r.unchanged << " unchanged";
    if (r.restored)
        out << ", " << r.restored << " available again";
    if (r.markedUnavailable)
        out << ", " << r.markedUnavailable << " unavailable";
    out << QStringLiteral(" (%1 s).\n").arg(r.seconds, 0, 'f', 2);
    if (r.problems)
        out << counted(r.problems, "file") << " could not be read; see 'soundalike-cli problems'.\n";
    for (const QString& folder : r.unavailableFolders)
        out << "Folder missing or empty (unmounted?): " << folder
            << " — its tracks are kept, marked unavailable.\n";
}

std::vector<FilePath> folderArguments(const QStringList& positional)
{
    std::vector<FilePath> folders;
    for (const QString& argument : positional) {
        folders.push_back(exactArgument(argument));
        // A missing folder is an unmounted drive (its tracks are kept); a file is a mistake to say.
        struct stat st = {};
        if (::stat(folders.back().c_str(), &st) == 0 && !S_ISDIR(st.st_mode))
            throw UsageError(displayPath(folders.back()).toStdString() +
                             " is a file, not a folder: scan takes the folders your music is in");
    }
    return folders;
}

} // namespace

QString ScanCommand::summary() const
{
    return QStringLiteral("Scan music folders into the library; rescans touch only what changed.");
}

QString ScanCommand::arguments() const
{
    return QStringLiteral("[FOLDER...]");
}

void ScanCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("analyze"), QStringLiteral("Then analyse the audio of new and changed tracks.")});
    AnalysisRunner::addThreadsOption(parser);
}

int ScanCommand::run(CliContext& context) const
{
    const bool analyse = context.options().isSet(QStringLiteral("analyze"));
    JobQueue queue;
    LibraryPipeline pipeline(context.databasePath(), queue);
    LibraryPipeline::Policy policy;
    policy.analyseAfterScan = analyse;
    policy.trainWhenDue = false; // the command line trains when asked (`train`)
    policy.analysisThreads = AnalysisRunner::threads(context);
    pipeline.setPolicy(policy);

    JobProgressLine terminal(queue, !context.json());
    std::optional<ScanReport> report;
    QString error;
    std::optional<AnalysisOutcome> analysis;
    pipeline.scan(folderArguments(context.positional()), [&](ScanJob& job) {
        terminal.finish();
        report = job.report();
        error = job.error();
        if (!context.json() && error.isEmpty()) {
            printHuman(context.out(), *report);
            context.out().flush(); // before the analysis starts
        }
    });
    // The pipeline queues the analysis after the scan (with --analyze).
    QString analysisError;
    QObject::connect(&pipeline, &LibraryPipeline::analysisFinished, &pipeline,
                     [&](const AnalysisOutcome& outcome, bool, const QString& failure) {
                         analysis = outcome;
                         analysisError = failure;
                     });
    Interrupt::waitUntilIdle(queue);
    terminal.finish();
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
    if (!analysisError.isEmpty())
        throw std::runtime_error(analysisError.toStdString());
    if (context.json()) {
        QJsonObject json = reportJson(*report);
        if (analysis)
            json.insert(QStringLiteral("analysis"), AnalysisRunner::json(*analysis));
        context.printJson(json);
    } else if (analysis) {
        AnalysisRunner::print(context.out(), *analysis);
    }
    if (report->cancelled) {
        context.err() << "soundalike-cli: scan interrupted; run it again to resume\n";
        return 1;
    }
    if (analysis && analysis->report.cancelled) {
        context.err() << "soundalike-cli: analysis interrupted; run 'soundalike-cli analyze' to resume\n";
        return 1;
    }
    return 0;
}

} // namespace soundalike::cli
