#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class LyricsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("lyrics"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("FILE"); }
    bool needsLibrary() const override { return false; }
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
