#include "ui/desktop/TrayIcon.h"

#include "core/playback/Player.h"
#include "core/service/Application.h"
#include "core/service/Settings.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackMenu.h"
#include "ui/SleepTimerMenu.h"
#include "ui/desktop/LaunchActions.h"

#include <QApplication>
#include <QMenu>
#include <QStyle>

namespace soundalike {

namespace {

QIcon appIcon(const MainWindow& window)
{
    // Run from the build folder, the theme has no icon of ours; a tray refuses to show an icon that is null.
    const QIcon icon = window.windowIcon();
    return icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MediaPlay) : icon;
}

} // namespace

TrayIcon::TrayIcon(MainWindow& window, LaunchActions& actions) : m_window(window), m_actions(actions)
{
    m_icon.setIcon(appIcon(window));
    buildMenu();
    connect(&m_icon, &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    Player& player = window.player();
    connect(&player, &Player::trackChanged, this, &TrayIcon::showState);
    connect(&player, &Player::playingChanged, this, &TrayIcon::showState);
    connect(&window.application(), &Application::settingsApplied, this, &TrayIcon::followSettings);
    connect(&window, &MainWindow::hiddenOnClose, this, &TrayIcon::tellHiddenOnce);
    window.setHidesOnClose([this] { return keepsRunningWhenClosed(); });
    showState();
    followSettings();
}

// The window may outlive the icon (the app's main() ends with it): closing it then quits.
TrayIcon::~TrayIcon()
{
    m_window.setHidesOnClose({});
}

void TrayIcon::buildMenu()
{
    Player& player = m_window.player();
    m_menu = new QMenu(&m_window);
    m_playPause = m_menu->addAction(QString(), &player, &Player::togglePlay);
    m_menu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), &player,
                      &Player::stop);
    QAction* next = m_menu->addAction(QIcon::fromTheme(QStringLiteral("media-skip-forward")), tr("Next"),
                                      &player, &Player::next);
    next->setEnabled(player.hasNext());
    connect(&player, &Player::hasNextChanged, next, &QAction::setEnabled);
    m_menu->addAction(QIcon::fromTheme(QStringLiteral("media-skip-backward")), tr("Previous"), &player,
                      &Player::previous);
    // The Playback menu's own: one timer, whichever menu set it.
    m_menu->addMenu(m_window.playbackMenu()->sleepTimer()->menu());
    m_menu->addSeparator();
    m_showWindow = m_menu->addAction(QString(), this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("Quit"), &m_window,
                      &MainWindow::quit);
    // Asked when the desktop opens the menu: the window may have been shown or hidden by other means since.
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::showWindowEntry);
    showWindowEntry();
    m_icon.setContextMenu(m_menu);
}

void TrayIcon::showWindowEntry()
{
    m_showWindow->setText(isWindowShown() ? tr("Hide Soundalike") : tr("Show Soundalike"));
}

bool TrayIcon::isWindowShown() const
{
    return m_window.isVisible() && !m_window.isMinimized();
}

void TrayIcon::followSettings()
{
    m_icon.setVisible(m_window.settings().trayIcon());
}

bool TrayIcon::isShown() const
{
    return m_icon.isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::keepsRunningWhenClosed() const
{
    return isShown() && m_window.settings().keepRunningInTray();
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger)
        toggleWindow();
    else if (reason == QSystemTrayIcon::MiddleClick)
        m_window.player().togglePlay();
}

void TrayIcon::toggleWindow()
{
    if (isWindowShown()) {
        // Hidden, not closed: whatever "keep running" says, the icon brings it back.
        m_window.saveState();
        m_window.hide();
    } else {
        m_actions.raise();
    }
}

void TrayIcon::showState()
{
    const Player& player = m_window.player();
    const bool playing = player.isPlaying();
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(QIcon::fromTheme(playing ? QStringLiteral("media-playback-pause")
                                                  : QStringLiteral("media-playback-start")));
    if (!player.track()) {
        m_icon.setToolTip(QApplication::applicationDisplayName());
        return;
    }
    QStringList lines{player.track()->title};
    if (!player.track()->artist.isEmpty())
        lines << player.track()->artist;
    if (!playing)
        lines << tr("Paused");
    m_icon.setToolTip(lines.join(QLatin1Char('\n')));
}

// A window that vanished on closing, with music still playing, would puzzle a listener who did not expect it.
void TrayIcon::tellHiddenOnce()
{
    if (std::exchange(m_toldHidden, true))
        return;
    m_icon.showMessage(
        QApplication::applicationDisplayName(),
        tr("Soundalike keeps playing here. Click the icon to bring the window back; Quit is in "
           "its menu."),
        m_icon.icon());
}

} // namespace soundalike
