#include "ui/desktop/TerminationSignals.h"

#include "core/common/Logging.h"
#include "ui/MainWindow.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace soundalike {

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
// The handler may only write to a descriptor; the event loop reads the other end.
int g_pipe[2] = {-1, -1};

} // namespace

TerminationSignals::TerminationSignals(MainWindow& window) : m_window(window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0) {
        qCWarning(lcUi) << "termination signals are not caught: no socket pair";
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::quit);
    struct sigaction action = {};
    action.sa_handler = &TerminationSignals::onSignal;
    sigemptyset(&action.sa_mask);
    // Once: a second signal, should closing hang, ends the process as it would have without this.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    for (const int signal : kSignals)
        ::signal(signal, SIG_DFL);
    for (int& end : g_pipe) {
        if (end >= 0)
            ::close(std::exchange(end, -1));
    }
}

void TerminationSignals::onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

void TerminationSignals::quit()
{
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        qCInfo(lcUi) << "signal" << int(byte) << "received: quitting";
    m_window.quit();
}

} // namespace soundalike
