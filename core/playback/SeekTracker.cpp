#include "core/playback/SeekTracker.h"

#include <QMediaPlayer>

#include <cstdlib>
#include <utility>

namespace soundalike {

namespace {

// A position report this close to a seek's target means the seek has landed.
constexpr qint64 kSeekLandedMs = 2000;
// Position reports arrive about ten times a second while playing.
constexpr int kSeekRetryAfterReports = 5;
constexpr int kSeekGiveUpAfterReports = 20;

} // namespace

void SeekTracker::reset()
{
    m_pending = -1;
    m_inFlight = -1;
    m_staleReports = 0;
}

void SeekTracker::apply()
{
    const QMediaPlayer::MediaStatus status = m_media.mediaStatus();
    if (m_pending < 0 || m_media.duration() <= 0 || status == QMediaPlayer::NoMedia ||
        status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::InvalidMedia)
        return;
    m_inFlight = std::exchange(m_pending, -1);
    m_staleReports = 0;
    m_media.setPosition(m_inFlight);
}

bool SeekTracker::accepts(qint64 position)
{
    // Positions from before a seek: the track playing from its start while the seek waits, or the old
    // position until the seek is done.
    if (m_pending >= 0)
        return false;
    if (m_inFlight >= 0) {
        if (std::abs(position - m_inFlight) > kSeekLandedMs) {
            // A busy machine can make GStreamer drop a seek even now: ask again, and in the end believe
            // the position reports rather than freeze the slider.
            ++m_staleReports;
            if (m_staleReports == kSeekRetryAfterReports)
                m_media.setPosition(m_inFlight);
            if (m_staleReports < kSeekGiveUpAfterReports)
                return false;
        }
        m_inFlight = -1;
    }
    return true;
}

} // namespace soundalike
