#pragma once

#include <QAudioDevice>
#include <QMediaPlayer>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QAudioOutput;

namespace soundalike {

// The QMediaPlayer and QAudioOutput that MediaEngine plays through, living on MediaEngine's thread: every
// member runs there. A report carries the generation of the source it is about (the number MediaEngine gave
// that source), so that what a track reports after the next one was asked for is told apart; a playback state
// carries the number of the last command begun, as MediaEngine shows the state it asked for until then.
class MediaWorker : public QObject
{
    Q_OBJECT

public:
    MediaWorker();
    ~MediaWorker() override;

    // Makes the player and its output on `device`: on the worker's thread, so that Qt Multimedia's own
    // timers and bus watch live there too.
    void open(const QAudioDevice& device, float volume, bool muted);
    // Runs the command numbered `number`, then says done() with the state it left.
    void run(quint64 number, const std::function<void(MediaWorker&)>& command);
    void setSource(quint64 generation, const QUrl& source);
    void play();
    void pause();
    void stop();
    void setPosition(qint64 positionMs);
    void setVolume(float volume);
    void setMuted(bool muted);

signals:
    void playbackStateChanged(quint64 command, QMediaPlayer::PlaybackState state);
    void mediaStatusChanged(quint64 generation, QMediaPlayer::MediaStatus status);
    void positionChanged(quint64 generation, qint64 positionMs);
    void durationChanged(quint64 generation, qint64 durationMs);
    void errorOccurred(quint64 generation, QMediaPlayer::Error error, const QString& text);
    // The command numbered `command` has returned (the thread is not stuck in it), leaving `state`.
    void done(quint64 command, QMediaPlayer::PlaybackState state);

private:
    std::unique_ptr<QMediaPlayer> m_media;
    std::unique_ptr<QAudioOutput> m_output;
    quint64 m_generation = 0;
    quint64 m_command = 0;
};

} // namespace soundalike
