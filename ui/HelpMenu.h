#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace soundalike {

class MessageLogDialog;
class StatusMessage;

// The Help menu: Keyboard Shortcuts (read from the window's menus), Recent Messages (what the status bar
// said, also opened by a double-click on the bar), and About.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    HelpMenu(QMainWindow& window, StatusMessage& messages);

    // Opens Recent Messages, or brings it to the front when open.
    void showMessages();
    MessageLogDialog* messagesDialog() const { return m_messages; }

private:
    void showShortcuts();
    void showAbout();

    QMainWindow& m_window;
    StatusMessage& m_status;
    MessageLogDialog* m_messages = nullptr;
};

} // namespace soundalike
