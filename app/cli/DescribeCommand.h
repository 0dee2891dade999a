#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

// Prints a file's audio descriptor, dimension by dimension: the stored one when the file is an analysed
// track of the library, otherwise computed from the file there and then (nothing is written).
class DescribeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("describe"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser& parser) const override;
    bool needsLibrary() const override { return false; }
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
