#include "app/cli/Interrupt.h"

#include "core/service/jobs/JobQueue.h"

#include <QThread>

#include <atomic>
#include <csignal>

namespace soundalike::cli {

namespace {

std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
    // A second Ctrl+C gets the default behaviour: stop now.
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

void Interrupt::install()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool Interrupt::requested()
{
    return g_interrupted;
}

void Interrupt::waitUntilIdle(JobQueue& queue)
{
    install();
    waitFor([&] { return queue.isIdle(); }, [&] { queue.cancelAll(); });
}

void Interrupt::waitFor(const std::function<bool()>& done, const std::function<void()>& cancel)
{
    bool cancelled = false;
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
        if (requested() && !cancelled) {
            cancelled = true;
            cancel();
        }
    }
    QCoreApplication::processEvents();
}

} // namespace soundalike::cli
