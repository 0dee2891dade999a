#include "app/cli/Interrupt.h"

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

} // namespace soundalike::cli
