#pragma once

#include <QtGlobal>

class QMediaPlayer;

namespace soundalike {

// A seek as GStreamer can take it. It waits for a loaded medium with a known duration (GStreamer drops a
// seek made earlier: its segment ends at what it has parsed so far), is asked again when a busy machine drops
// it, and the position reports from before it landed are held back so that a slider does not jump back and
// forth.
class SeekTracker
{
public:
    explicit SeekTracker(QMediaPlayer& media) : m_media(media) {}

    // A new medium: nothing waits, nothing is in flight.
    void reset();
    // Where to go once the medium can take it; negative: nowhere.
    void setPending(qint64 positionMs) { m_pending = positionMs < 0 ? -1 : positionMs; }
    [[nodiscard]] bool isPending() const { return m_pending >= 0; }
    // Sends the waiting seek if the medium can take it now.
    void apply();
    // Whether a position report may be shown: not one from before the seek landed.
    [[nodiscard]] bool accepts(qint64 position);
    // Where the listener asked to be until the medium is there; -1 when no seek waits or flies.
    [[nodiscard]] qint64 target() const { return m_pending >= 0 ? m_pending : m_inFlight; }

private:
    QMediaPlayer& m_media;
    qint64 m_pending = -1;  // waits for a loaded medium with a known duration
    qint64 m_inFlight = -1; // sent, not yet confirmed by a position report
    int m_staleReports = 0; // position reports since then that were far from it
};

} // namespace soundalike
