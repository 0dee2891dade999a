#pragma once

#include <QObject>

class QSocketNotifier;
class QWidget;

namespace soundalike {

// SIGTERM, SIGINT and SIGHUP (a kill, Ctrl+C in a terminal, the terminal or the session closing) close the
// window as its close button does, so that it saves what it saves on closing and the process ends normally;
// a second such signal ends it at once. Without this the process died where it stood.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QWidget& window);
    ~TerminationSignals() override;

private:
    static void onSignal(int signal);
    void closeWindow();

    QWidget& m_window;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace soundalike
