#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class TrainCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("train"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
