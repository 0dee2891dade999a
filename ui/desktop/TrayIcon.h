#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace soundalike {

class LaunchActions;
class MainWindow;

// The app's icon in the desktop's system tray (a StatusNotifierItem on desktops that host them, else the
// older X11 tray; Qt picks), for a player kept open all day: a click shows or hides the window, a middle
// click plays or pauses, its menu has play/pause, stop, next, previous, the sleep timer, the window and Quit,
// and its tooltip names the song. Settings turn it off, and let closing the window leave the app playing here
// instead of quitting; only while a tray shows the icon, since a window hidden with no icon to bring it back
// would be lost.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(MainWindow& window, LaunchActions& actions);
    ~TrayIcon() override;

    // Whether closing the window hides it here, the app playing on.
    [[nodiscard]] bool keepsRunningWhenClosed() const;
    // Whether the icon shows in a tray now.
    [[nodiscard]] bool isShown() const;
    QSystemTrayIcon& icon() { return m_icon; }
    QMenu* menu() const { return m_menu; }

private:
    void buildMenu();
    void followSettings();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void toggleWindow();
    void showWindowEntry();
    [[nodiscard]] bool isWindowShown() const;
    void showState();
    void tellHiddenOnce();

    MainWindow& m_window;
    LaunchActions& m_actions;
    QSystemTrayIcon m_icon;
    QMenu* m_menu = nullptr; // owned by the window, so that it takes the window's language and style
    QAction* m_playPause = nullptr;
    QAction* m_showWindow = nullptr;
    bool m_toldHidden = false;
};

} // namespace soundalike
