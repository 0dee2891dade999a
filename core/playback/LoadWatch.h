#pragma once

#include <QObject>
#include <QTimer>

class QMediaPlayer;

namespace soundalike {

class SourceGate;

// GStreamer sometimes leaves a file's stream unlinked when a player moves to it from another track (seen
// with AIFF's aiffparse: "streaming stopped, reason not-linked", more often on a busy machine; AIFF now goes
// through FFmpeg's demuxer instead, see DemuxerRanks, and this stays as the net for any other stream): the
// medium then stays "loading" for good, silent, its position at 0, and no error is ever reported. A local
// file loads in milliseconds, so a load still under way after a few seconds is stuck: it is opened again, a
// fresh pipeline that is rarely stuck twice, up to kReopenings times, and then reported.
class LoadWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMs = 2500;
    static constexpr int kReopenings = 3;
    // The longest a track can take to sound before it is given up on.
    static constexpr int kLongestMs = kCheckMs * (kReopenings + 1);

    // `gate` is held while the medium is opened again.
    LoadWatch(QMediaPlayer& media, SourceGate& gate, QObject* parent = nullptr);

    // A new track's load has begun.
    void watch();

signals:
    // Opened again kReopenings times and still not loaded: the track cannot be played now.
    void stuck();

private:
    void check();

    QMediaPlayer& m_media;
    SourceGate& m_gate;
    QTimer m_timer;
    int m_reopenings = 0;
};

} // namespace soundalike
