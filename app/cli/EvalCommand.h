#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

class EvalCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;

private:
    // `eval --playlists` (EvalPlaylists.cpp): what a listener hears, on generated playlists.
    static int runPlaylists(CliContext& context);
};

} // namespace soundalike::cli
