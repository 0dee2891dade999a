#include "ui/HelpMenu.h"

#include "ui/MessageLogDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/StatusMessage.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace soundalike {

HelpMenu::HelpMenu(QMainWindow& window, StatusMessage& messages)
    : QObject(&window), m_window(window), m_status(messages)
{
    QMenu* help = window.menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    help->addAction(tr("Recent &Messages"), this, &HelpMenu::showMessages);
    help->addAction(tr("&About Soundalike"), this, &HelpMenu::showAbout);
    connect(&messages, &StatusMessage::logRequested, this, &HelpMenu::showMessages);
}

void HelpMenu::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(*m_window.menuBar(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showMessages()
{
    if (!m_messages)
        m_messages = new MessageLogDialog(m_status.log(), &m_window);
    m_messages->show();
    m_messages->raise();
    m_messages->activateWindow();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(&m_window, tr("About Soundalike"),
                       tr("<b>Soundalike</b> %1<br>Playlists of similar songs from your own music, offline.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace soundalike
