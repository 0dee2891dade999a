#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class DuplicatesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString summary() const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
