#pragma once

#include "core/service/jobs/AnalysisJob.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace soundalike::cli {

class CliContext;

// The analysis behind `analyze` and `scan --analyze`, as the command line shows it: the --threads option, a
// progress line with ETA on a terminal, Ctrl+C stops it cleanly (what is done stays done), and one way to
// print what it did. The pass itself is the core's (LibraryPipeline, AnalysisJob).
class AnalysisRunner
{
public:
    static void addThreadsOption(QCommandLineParser& parser);
    static int threads(const CliContext& context);
    static AnalysisOutcome run(CliContext& context);
    static QJsonObject json(const AnalysisOutcome& outcome);
    static void print(QTextStream& out, const AnalysisOutcome& outcome);
};

} // namespace soundalike::cli
