#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

// The playlists saved in the library (the app's sidebar), or the songs of one of them.
class PlaylistsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("playlists"); }
    QString summary() const override;
    QString arguments() const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
