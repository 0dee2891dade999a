#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class SimilarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("similar"); }
    QString summary() const override;
    QString arguments() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
