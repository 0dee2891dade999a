#include "core/service/EtaEstimator.h"

namespace soundalike {

namespace {

// Below this much history an estimate is a guess and would only flicker.
constexpr qint64 kMinHistoryMs = 1000;

} // namespace

void EtaEstimator::start()
{
    m_timer.start();
    m_firstDone = -1;
    m_firstMs = 0;
}

std::optional<qint64> EtaEstimator::update(qint64 done, qint64 total)
{
    if (!m_timer.isValid())
        start();
    return update(done, total, m_timer.elapsed());
}

std::optional<qint64> EtaEstimator::update(qint64 done, qint64 total, qint64 elapsedMs)
{
    // Measured from the first report, not from start(): a walk before the first file would skew the rate.
    if (m_firstDone < 0 || done < m_firstDone) {
        m_firstDone = done;
        m_firstMs = elapsedMs;
        return std::nullopt;
    }
    const qint64 span = elapsedMs - m_firstMs;
    const qint64 progressed = done - m_firstDone;
    if (span < kMinHistoryMs || progressed <= 0 || total <= done)
        return total <= done ? std::optional<qint64>(0) : std::nullopt;
    return (total - done) * span / progressed;
}

} // namespace soundalike
