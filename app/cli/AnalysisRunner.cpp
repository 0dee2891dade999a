#include "app/cli/AnalysisRunner.h"

#include "app/cli/CliContext.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TerminalProgress.h"
#include "app/cli/TrackFormat.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/EmbeddingUpdater.h"

#include <QJsonArray>

namespace soundalike::cli {

namespace {

QString progressLine(const AnalysisProgress& p, const TerminalProgress& terminal)
{
    const double rate = p.elapsedSeconds > 0 ? p.done / p.elapsedSeconds : 0.0;
    return QStringLiteral("Analysing: %1/%2  %3 tracks/s  %4  %5")
        .arg(p.done)
        .arg(p.total)
        .arg(rate, 0, 'f', 1)
        .arg(terminal.eta(p.done, p.total), p.currentPath);
}

} // namespace

void AnalysisRunner::addThreadsOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("threads"),
                      QStringLiteral("Analyse with N threads (default: one per core)."),
                      QStringLiteral("N")});
}

AnalysisOutcome AnalysisRunner::run(CliContext& context)
{
    AnalysisOptions options;
    options.threads = context.intOption(QStringLiteral("threads"), 0, 1, 256);
    Analyzer analyzer(context.databasePath(), options);
    TerminalProgress terminal(!context.json());
    QObject::connect(&analyzer, &Analyzer::progress, &analyzer,
                     [&](const AnalysisProgress& p) { terminal.show(progressLine(p, terminal)); });
    Interrupt::install();
    AnalysisOutcome outcome{Interrupt::wait(analyzer.start(), [&] { analyzer.cancel(); }), 0, {}};
    terminal.finish();
    if (!outcome.report.cancelled)
        outcome.embedded = EmbeddingUpdater::run(context.databasePath(), &outcome.embeddingError);
    return outcome;
}

QJsonObject AnalysisRunner::json(const AnalysisOutcome& outcome)
{
    const AnalysisReport& r = outcome.report;
    QJsonArray failures;
    for (const AnalysisFailure& f : r.failures)
        failures.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("reason"), f.reason}});
    return QJsonObject{
        {QStringLiteral("descriptor_version"), DescriptorLayout::kVersion},
        {QStringLiteral("total"), r.total},
        {QStringLiteral("analysed"), r.analysed},
        {QStringLiteral("failed"), r.failed},
        {QStringLiteral("threads"), r.threads},
        {QStringLiteral("audio_seconds"), r.audioSeconds},
        {QStringLiteral("wall_seconds"), r.wallSeconds},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("embedded"), outcome.embedded},
    };
}

void AnalysisRunner::print(QTextStream& out, const AnalysisOutcome& outcome)
{
    const AnalysisReport& r = outcome.report;
    if (outcome.embedded > 0)
        out << outcome.embedded << " new track(s) embedded with the current similarity model.\n";
    if (!outcome.embeddingError.isEmpty())
        out << "New tracks were not embedded: " << outcome.embeddingError << '\n';
    if (r.total == 0) {
        out << "Nothing to analyse: every available track has a descriptor.\n";
        return;
    }
    out << QStringLiteral("Analysed %1 of %2 track(s): %3 of audio in %4 s with %5 thread(s).\n")
               .arg(r.analysed)
               .arg(r.total)
               .arg(formatDuration(qint64(r.audioSeconds * 1000)))
               .arg(r.wallSeconds, 0, 'f', 1)
               .arg(r.threads);
    if (r.failed) {
        out << r.failed << " file(s) could not be analysed; see 'soundalike-cli problems'.\n";
        for (const AnalysisFailure& f : r.failures)
            out << "  " << f.path << "\n      " << f.reason << '\n';
    }
}

} // namespace soundalike::cli
