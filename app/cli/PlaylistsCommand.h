#pragma once

#include "app/cli/CliCommand.h"

namespace soundalike::cli {

// The playlists saved in the library (the app's sidebar): listed, or one of them shown, exported to an M3U
// file or deleted, through SavedPlaylists and PlaylistFiles as the app does.
class PlaylistsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("playlists"); }
    QString summary() const override;
    QString arguments() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) const override;
};

} // namespace soundalike::cli
