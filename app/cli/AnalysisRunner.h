#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace soundalike::cli {

class CliContext;

struct AnalysisOutcome
{
    AnalysisReport report;
    int embedded = 0;       // new tracks embedded with the current model
    QString embeddingError; // why they could not be, if so
};

// The analysis pass behind `analyze` and `scan --analyze`: a progress line with ETA on a terminal, Ctrl+C
// stops it cleanly (what is done stays done), newly analysed tracks get embeddings from the current model
// (no retraining), and one way to print what it did.
class AnalysisRunner
{
public:
    static void addThreadsOption(QCommandLineParser& parser);
    static AnalysisOutcome run(CliContext& context);
    static QJsonObject json(const AnalysisOutcome& outcome);
    static void print(QTextStream& out, const AnalysisOutcome& outcome);
};

} // namespace soundalike::cli
