#pragma once

namespace soundalike {

class LaunchActions;
class MainWindow;
class MprisService;

// What MPRIS asks of the window, in one place for the app and its tests: Raise and Quit, OpenUri (as a file
// opened with Soundalike), and Playlists: the window's saved playlists, the one showing now, and
// ActivatePlaylist playing one as the sidebar does. Call before MprisService::registerOn.
class MprisBridge
{
public:
    static void connect(MprisService& mpris, MainWindow& window, LaunchActions& actions);
};

} // namespace soundalike
