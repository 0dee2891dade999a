#pragma once

#include <QObject>

class QSocketNotifier;

namespace soundalike {

class MainWindow;

// SIGTERM, SIGINT and SIGHUP (a kill, Ctrl+C in a terminal, the terminal or the session closing) quit as
// File ▸ Quit does, even with the window hidden in the tray, so that it saves what it saves on closing and
// the process ends normally; a second such signal ends it at once. Without this the process died where it
// stood.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(MainWindow& window);
    ~TerminationSignals() override;

private:
    static void onSignal(int signal);
    void quit();

    MainWindow& m_window;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace soundalike
