#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace soundalike::cli {

class CliContext;

// The analysis pass behind `analyze` and `scan --analyze`: a progress line with ETA on a terminal, Ctrl+C
// stops it cleanly (what is done stays done), and one way to print what it did.
class AnalysisRunner
{
public:
    static void addThreadsOption(QCommandLineParser& parser);
    static AnalysisReport run(CliContext& context);
    static QJsonObject json(const AnalysisReport& report);
    static void print(QTextStream& out, const AnalysisReport& report);
};

} // namespace soundalike::cli
