#include "app/cli/AnalyzeCommand.h"

#include "app/cli/AnalysisRunner.h"
#include "app/cli/CliContext.h"

namespace soundalike::cli {

QString AnalyzeCommand::summary() const
{
    return QStringLiteral(
        "Compute audio descriptors for every track that has none; resumes where it stopped.");
}

void AnalyzeCommand::addOptions(QCommandLineParser& parser) const
{
    AnalysisRunner::addThreadsOption(parser);
}

int AnalyzeCommand::run(CliContext& context) const
{
    const AnalysisOutcome outcome = AnalysisRunner::run(context);
    if (context.json())
        context.printJson(AnalysisRunner::json(outcome));
    else
        AnalysisRunner::print(context.out(), outcome);
    if (outcome.report.cancelled) {
        context.err() << "soundalike-cli: analysis interrupted; run it again to resume\n";
        return 1;
    }
    return 0;
}

} // namespace soundalike::cli
