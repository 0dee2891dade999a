#pragma once

#include <QAudioDevice>
#include <QMediaPlayer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace soundalike {

class MediaWorker;

// What Player plays through: a QMediaPlayer and its QAudioOutput on a thread of their own, asked from the GUI
// thread with the same few calls, their reports cached and passed on in order.
//
// Why a thread: Qt 6.4's GStreamer backend can deadlock inside QMediaPlayer::setSource. Its flushing seek to
// 0 walks into the audio sink while the new pipeline's streaming thread, adding that sink in decoderPadAdded,
// waits for the sink's state lock the seek holds (seen in CI, and in tst_playerswitching about once in 600
// track changes on a loaded machine). On the GUI thread that froze the window for good. Here a command that
// has not returned after kStuckMs leaves that thread and its player behind (they cannot be stopped or freed),
// and a new player opens the source again, playing or paused as asked. A source that hangs the new player too
// fails with a ResourceError, as a file that cannot be read does.
class MediaEngine : public QObject
{
    Q_OBJECT

public:
    // Far beyond what opening a local file takes (milliseconds), even in the sanitizer build on a busy
    // machine.
    static constexpr int kStuckMs = 5000;

    explicit MediaEngine(QObject* parent = nullptr);
    ~MediaEngine() override;

    void setSource(const QUrl& source);
    void play();
    void pause();
    void stop();
    void setPosition(qint64 positionMs);
    void setVolume(float volume);
    void setMuted(bool muted);

    QUrl source() const { return m_source; }
    QMediaPlayer::PlaybackState playbackState() const { return m_state; }
    QMediaPlayer::MediaStatus mediaStatus() const { return m_status; }
    QMediaPlayer::Error error() const { return m_error; }
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    float volume() const { return m_volume; }
    QAudioDevice device() const { return m_device; }
    // How many times a stuck player was left behind for a new one.
    int replacements() const { return m_replacements; }

signals:
    void playbackStateChanged(QMediaPlayer::PlaybackState state);
    void mediaStatusChanged(QMediaPlayer::MediaStatus status);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void errorOccurred(QMediaPlayer::Error error, const QString& text);

private:
    void startWorker();
    void post(std::function<void(MediaWorker&)> command);
    void onDone(quint64 command, QMediaPlayer::PlaybackState state);
    // The state QMediaPlayer would report at once for a command, or the worker's once it is past the last
    // one.
    void setState(QMediaPlayer::PlaybackState state);
    void setStatus(QMediaPlayer::MediaStatus status);
    void replaceStuckWorker();
    [[nodiscard]] bool isCurrent(quint64 generation) const { return generation == m_generation; }

    std::unique_ptr<QThread> m_thread;
    MediaWorker* m_worker = nullptr; // lives on m_thread, deleted there
    QTimer m_stuckTimer;
    quint64 m_sent = 0;     // the last command posted
    quint64 m_answered = 0; // the last command the worker returned from
    quint64 m_generation = 0;
    quint64 m_reopened = 0; // the generation that opened a source again in a new player
    int m_replacements = 0;

    QAudioDevice m_device;
    QUrl m_source;
    QMediaPlayer::PlaybackState m_state = QMediaPlayer::StoppedState;
    QMediaPlayer::PlaybackState m_asked = QMediaPlayer::StoppedState; // the last play, pause or stop
    QMediaPlayer::MediaStatus m_status = QMediaPlayer::NoMedia;
    QMediaPlayer::Error m_error = QMediaPlayer::NoError;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    float m_volume = 1.0f;
    bool m_muted = false;
};

} // namespace soundalike
