#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QUnhandledException>

#include <exception>

#include <functional>

namespace soundalike {
class JobQueue;
}

namespace soundalike::cli {

// Ctrl+C during a long command asks the work to stop cleanly (commit what is done) instead of killing it.
class Interrupt
{
public:
    static void install();
    static bool requested();

    // Runs the queue's jobs (and those their ends queue) to completion while delivering its signals and
    // callbacks on this thread; the first Ctrl+C cancels them all.
    static void waitUntilIdle(JobQueue& queue);

    // Waits for `future` while delivering queued signals (progress) to this thread; calls `cancel` once
    // when the user presses Ctrl+C.
    template <typename T> static T wait(QFuture<T> future, const std::function<void()>& cancel)
    {
        waitFor([&] { return future.isFinished(); }, cancel);
        try {
            return future.result();
        } catch (const QUnhandledException& e) {
            // QtConcurrent wraps exceptions that are not QExceptions; hand back the original and its message.
            if (e.exception())
                std::rethrow_exception(e.exception());
            throw;
        }
    }

private:
    // Delivers this thread's queued signals until `done`; calls `cancel` once at the first Ctrl+C.
    static void waitFor(const std::function<bool()>& done, const std::function<void()>& cancel);
};

} // namespace soundalike::cli
