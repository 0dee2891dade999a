#include "app/cli/ScanCommand.h"

#include "app/cli/AnalysisRunner.h"
#include "app/cli/CliContext.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TerminalProgress.h"
#include "core/library/LibraryScanner.h"

#include <QJsonArray>

#include <optional>

namespace soundalike::cli {

namespace {

QString progressLine(const ScanProgress& p, const TerminalProgress& terminal)
{
    switch (p.phase) {
    case ScanProgress::Phase::Walking:
        return QStringLiteral("Looking for files: %1 found  %2").arg(p.filesSeen).arg(p.currentPath);
    case ScanProgress::Phase::Reading:
        return QStringLiteral("Reading tags: %1/%2  %3  %4")
            .arg(p.filesRead)
            .arg(p.filesToRead)
            .arg(terminal.eta(p.filesRead, p.filesToRead), p.currentPath);
    case ScanProgress::Phase::Finishing:
        break;
    }
    return QStringLiteral("Finishing…");
}

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
        out << "No changes: " << r.unchanged << " tracks unchanged";
    else
        out << "Scanned: " << r.added << " added, " << r.updated << " updated, " << r.moved << " moved, "
            << r.removed << " removed, " << r.unchanged << " unchanged";
    if (r.restored)
        out << ", " << r.restored << " available again";
    if (r.markedUnavailable)
        out << ", " << r.markedUnavailable << " unavailable";
    out << QStringLiteral(" (%1 s).\n").arg(r.seconds, 0, 'f', 2);
    if (r.problems)
        out << r.problems << " file(s) could not be read; see 'soundalike-cli problems'.\n";
    for (const QString& folder : r.unavailableFolders)
        out << "Folder missing or empty (unmounted?): " << folder
            << " — its tracks are kept, marked unavailable.\n";
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
    LibraryScanner scanner(context.databasePath());
    TerminalProgress terminal(!context.json());
    QObject::connect(&scanner, &LibraryScanner::progress, &scanner,
                     [&](const ScanProgress& p) { terminal.show(progressLine(p, terminal)); });
    Interrupt::install();
    const ScanReport report = Interrupt::wait(scanner.start(context.positional()), [&] { scanner.cancel(); });
    terminal.finish();
    if (!context.json()) {
        printHuman(context.out(), report);
        context.out().flush(); // before the analysis starts
    }
    std::optional<AnalysisOutcome> analysis;
    if (!report.cancelled && context.options().isSet(QStringLiteral("analyze")))
        analysis = AnalysisRunner::run(context);
    if (context.json()) {
        QJsonObject json = reportJson(report);
        if (analysis)
            json.insert(QStringLiteral("analysis"), AnalysisRunner::json(*analysis));
        context.printJson(json);
    } else if (analysis) {
        AnalysisRunner::print(context.out(), *analysis);
    }
    if (report.cancelled) {
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
