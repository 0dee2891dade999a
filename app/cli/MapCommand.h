#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

// `soundalike-cli map`: brings the library map up to date as the app does (LibraryMap: a MapJob on the job
// queue) and prints or exports it: --json for the points, --csv FILE for a table, --png FILE for a picture.
class MapCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("map"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
