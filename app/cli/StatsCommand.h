#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class StatsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
