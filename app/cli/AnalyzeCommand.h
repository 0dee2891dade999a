#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class AnalyzeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
