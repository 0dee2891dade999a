#pragma once

#include <QAudioDevice>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QMediaPlayer;

namespace soundalike {

// Whether the sound output can play at all: a moment of silence, made in memory, played through a player of
// its own on the same device. Qt passes on nothing that tells a failing output from a failing file:
// GStreamer's pulsesink, its sound server gone, fails every track at once with a ResourceError ("Failed to
// connect: Connection refused"), as a damaged file does ("Could not determine type of stream"), and the
// device list still names the server's outputs. The silence is known to be good: when it cannot play either,
// the output is at fault, not the song.
class OutputCheck : public QObject
{
    Q_OBJECT

public:
    // Longer than the silence takes to start even on a busy machine; an output that takes longer than this to
    // take a fraction of a second of sound is not one that plays.
    static constexpr int kTimeoutMs = 5000;

    explicit OutputCheck(QObject* parent = nullptr);

    // Plays the silence on `device`; finished() says how it went. A check under way is dropped.
    void start(const QAudioDevice& device);
    // Drops a check under way: no finished() for it.
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_media.isNull(); }

signals:
    void finished(bool works);

private:
    void finish(bool works);

    QPointer<QMediaPlayer> m_media; // owns the output and the silence it reads
    QTimer m_timeout;
};

} // namespace soundalike
