#pragma once

#include "app/cli/TerminalProgress.h"
#include "core/service/jobs/JobQueue.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace soundalike {
class EtaEstimator;
}

namespace soundalike::cli {

// The job queue's progress as the one self-overwriting terminal line: what a scan is looking at, how fast
// an analysis goes and how long it has left.
class JobProgressLine : public QObject
{
public:
    JobProgressLine(JobQueue& queue, bool wanted);
    ~JobProgressLine() override;

    // Clears the line, so that what is printed next starts on a clean one.
    void finish() { m_terminal.finish(); }

private:
    void show(JobHandle handle, const JobProgress& progress);

    TerminalProgress m_terminal;
    std::unique_ptr<EtaEstimator> m_eta;
    QElapsedTimer m_clock;
};

} // namespace soundalike::cli
