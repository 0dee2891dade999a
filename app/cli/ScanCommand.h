#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class ScanCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;
    QString arguments() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool needsLibrary() const override { return false; }
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
