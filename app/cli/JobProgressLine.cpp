#include "app/cli/JobProgressLine.h"

#include "app/cli/TrackFormat.h"
#include "core/service/EtaEstimator.h"

namespace soundalike::cli {

JobProgressLine::JobProgressLine(JobQueue& queue, bool wanted)
    : m_terminal(wanted), m_eta(std::make_unique<EtaEstimator>())
{
    connect(&queue, &JobQueue::started, this, [this] {
        m_terminal.finish();
        m_eta->start();
        m_clock.start();
    });
    connect(&queue, &JobQueue::progress, this, &JobProgressLine::show);
    connect(&queue, &JobQueue::finished, this, [this] { m_terminal.finish(); });
}

JobProgressLine::~JobProgressLine() = default;

void JobProgressLine::show(JobHandle handle, const JobProgress& p)
{
    const std::optional<qint64> left = m_eta->update(p.done, p.total);
    const QString eta = left ? durationText(*left) + QStringLiteral(" left") : QString();
    switch (handle.kind) {
    case Job::Kind::Scan:
        if (p.total == 0)
            m_terminal.show(QStringLiteral("Looking for files: %1 found  %2").arg(p.done).arg(p.item));
        else
            m_terminal.show(
                QStringLiteral("Reading tags: %1/%2  %3  %4").arg(p.done).arg(p.total).arg(eta, p.item));
        break;
    case Job::Kind::Analysis: {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        m_terminal.show(QStringLiteral("Analysing: %1/%2  %3 tracks/s  %4  %5")
                            .arg(p.done)
                            .arg(p.total)
                            .arg(seconds > 0 ? p.done / seconds : 0.0, 0, 'f', 1)
                            .arg(eta, p.item));
        break;
    }
    case Job::Kind::Import:
    case Job::Kind::RemoveFolder:
    case Job::Kind::Training:
        break;
    case Job::Kind::Map:
        m_terminal.show(QStringLiteral("Laying out the map: %1 %  %2").arg(p.done).arg(eta));
        break;
    case Job::Kind::Loudness:
        m_terminal.show(
            QStringLiteral("Measuring loudness: %1/%2  %3  %4").arg(p.done).arg(p.total).arg(eta, p.item));
        break;
    }
}

} // namespace soundalike::cli
