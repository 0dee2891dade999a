#pragma once

#include <QElapsedTimer>

#include <optional>

namespace soundalike {

// Estimates the time left of a long job from its progress so far. The rate is averaged over the whole run,
// not the last step, so the estimate does not jump about with every slow file.
class EtaEstimator
{
public:
    void start();
    // Milliseconds left, or nothing while too little is known to say.
    std::optional<qint64> update(qint64 done, qint64 total);
    // Same, with a clock supplied by the caller (for tests).
    std::optional<qint64> update(qint64 done, qint64 total, qint64 elapsedMs);

private:
    QElapsedTimer m_timer;
    qint64 m_firstDone = -1;
    qint64 m_firstMs = 0;
};

} // namespace soundalike
