#include "ui/desktop/MprisBridge.h"

#include "core/service/Application.h"
#include "ui/MainWindow.h"
#include "ui/SavedPlaylistActions.h"
#include "ui/desktop/LaunchActions.h"
#include "ui/mpris/MprisService.h"

#include <QDir>

namespace soundalike {

void MprisBridge::connect(MprisService& mpris, MainWindow& window, LaunchActions& actions)
{
    QObject::connect(&mpris, &MprisService::raiseRequested, &actions, &LaunchActions::raise);
    QObject::connect(&mpris, &MprisService::quitRequested, &actions, &LaunchActions::quit);
    QObject::connect(&mpris, &MprisService::openRequested, &actions, [&actions](const QString& uri) {
        actions.carryOut(LaunchRequest::open({uri}, QDir::currentPath()));
    });
    mpris.addPlaylists(window.application().savedPlaylists(), window.history());
    QObject::connect(&mpris, &MprisService::playlistActivationRequested, window.savedPlaylists(),
                     [&window](qint64 id) { window.savedPlaylists()->play(id); });
}

} // namespace soundalike
