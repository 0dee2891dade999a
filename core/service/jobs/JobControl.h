#pragma once

#include "core/service/jobs/JobProgress.h"

#include <atomic>
#include <functional>

namespace soundalike {

// What a running job is given: whether to stop, and where to say how far it is. Shared by the thread that
// runs the job and the one that asks it to stop.
class JobControl
{
public:
    using Sink = std::function<void(const JobProgress&)>;

    explicit JobControl(Sink sink = {}) : m_sink(std::move(sink)) {}

    void cancel() { m_cancel = true; }
    [[nodiscard]] bool cancelled() const { return m_cancel; }
    // For the engine's loops, which poll a flag between files, tracks and batches.
    const std::atomic_bool& cancelFlag() const { return m_cancel; }
    void report(const JobProgress& progress) const
    {
        if (m_sink)
            m_sink(progress);
    }

private:
    std::atomic_bool m_cancel = false;
    Sink m_sink;
};

} // namespace soundalike
