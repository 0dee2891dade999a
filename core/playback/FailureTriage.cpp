#include "core/playback/FailureTriage.h"

#include "core/playback/PlaybackFault.h"

namespace soundalike {

namespace {

// Long enough for every report of one failure to arrive, short enough to go unnoticed.
constexpr int kSettleMs = 150;

} // namespace

FailureTriage::FailureTriage(QObject* parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FailureTriage::settled);
    connect(&m_outputCheck, &OutputCheck::finished, this, &FailureTriage::onOutputChecked);
}

void FailureTriage::report(const FilePath& path, const QString& reason, const QAudioDevice& device)
{
    if (isBusy())
        return;
    if (const QString fault = PlaybackFault::ofFile(path); !fault.isEmpty()) {
        blameFile(fault);
        return;
    }
    m_failure = reason;
    m_outputCheck.start(device);
}

void FailureTriage::cancel()
{
    m_settle.stop();
    m_outputCheck.cancel();
}

void FailureTriage::blameFile(const QString& reason)
{
    emit fileFailed(reason);
    m_settle.start();
}

void FailureTriage::onOutputChecked(bool works)
{
    if (works)
        blameFile(std::exchange(m_failure, {}));
    else
        emit outputFailed();
}

} // namespace soundalike
