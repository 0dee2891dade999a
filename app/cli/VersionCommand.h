#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

// Versions of Soundalike and of the libraries it runs on, for bug reports. Loads the libtorch module, so it
// also proves that module works on this machine.
class VersionCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;
    bool needsLibrary() const override { return false; }
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
