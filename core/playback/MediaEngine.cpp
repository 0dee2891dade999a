#include "core/playback/MediaEngine.h"

#include "core/common/Logging.h"
#include "core/playback/MediaWorker.h"

#include <QMediaDevices>
#include <QThread>

#include <vector>

namespace soundalike {

namespace {

// Threads stuck inside GStreamer, kept where the leak checker can still see them: they can be neither
// stopped nor freed, and a QThread deleted while it runs would abort the application.
std::vector<QThread*>& abandonedThreads()
{
    static std::vector<QThread*> threads;
    return threads;
}

} // namespace

MediaEngine::MediaEngine(QObject* parent) : QObject(parent), m_device(QMediaDevices::defaultAudioOutput())
{
    m_stuckTimer.setSingleShot(true);
    m_stuckTimer.setInterval(kStuckMs);
    connect(&m_stuckTimer, &QTimer::timeout, this, &MediaEngine::replaceStuckWorker);
    startWorker();
}

MediaEngine::~MediaEngine()
{
    m_stuckTimer.stop();
    m_worker->disconnect(this);
    MediaWorker* worker = m_worker;
    QThread* thread = m_thread.get();
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            delete worker;
            thread->quit();
        },
        Qt::QueuedConnection);
    if (!m_thread->wait(kStuckMs)) {
        qCWarning(lcPlayback) << "the media thread did not stop; left behind";
        abandonedThreads().push_back(m_thread.release());
    }
}

void MediaEngine::startWorker()
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("media"));
    m_worker = new MediaWorker;
    m_worker->moveToThread(m_thread.get());
    connect(m_worker, &MediaWorker::done, this, &MediaEngine::onDone);
    connect(m_worker, &MediaWorker::playbackStateChanged, this,
            [this](quint64 command, QMediaPlayer::PlaybackState state) {
                if (command == m_sent)
                    setState(state);
            });
    connect(m_worker, &MediaWorker::mediaStatusChanged, this,
            [this](quint64 generation, QMediaPlayer::MediaStatus status) {
                if (isCurrent(generation))
                    setStatus(status);
            });
    connect(m_worker, &MediaWorker::positionChanged, this, [this](quint64 generation, qint64 position) {
        if (!isCurrent(generation))
            return;
        m_position = position;
        emit positionChanged(position);
    });
    connect(m_worker, &MediaWorker::durationChanged, this, [this](quint64 generation, qint64 duration) {
        if (!isCurrent(generation))
            return;
        m_duration = duration;
        emit durationChanged(duration);
    });
    connect(m_worker, &MediaWorker::errorOccurred, this,
            [this](quint64 generation, QMediaPlayer::Error error, const QString& text) {
                if (!isCurrent(generation))
                    return;
                m_error = error;
                emit errorOccurred(error, text);
            });
    m_thread->start();
    post([device = m_device, volume = m_volume, muted = m_muted](MediaWorker& worker) {
        worker.open(device, volume, muted);
    });
}

void MediaEngine::post(std::function<void(MediaWorker&)> command)
{
    const quint64 number = ++m_sent;
    MediaWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, number, command = std::move(command)] { worker->run(number, command); },
        Qt::QueuedConnection);
    if (!m_stuckTimer.isActive())
        m_stuckTimer.start();
}

void MediaEngine::onDone(quint64 command, QMediaPlayer::PlaybackState state)
{
    m_answered = command;
    if (m_answered != m_sent) {
        m_stuckTimer.start(); // it moves on: the time runs from its last answer
        return;
    }
    m_stuckTimer.stop();
    setState(state);
}

void MediaEngine::setState(QMediaPlayer::PlaybackState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit playbackStateChanged(state);
}

void MediaEngine::setStatus(QMediaPlayer::MediaStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit mediaStatusChanged(status);
}

void MediaEngine::setSource(const QUrl& source)
{
    m_source = source;
    const quint64 generation = ++m_generation;
    // What QMediaPlayer would answer at once; its own reports follow.
    m_position = 0;
    m_duration = 0;
    m_error = QMediaPlayer::NoError;
    m_asked = QMediaPlayer::StoppedState;
    post([generation, source](MediaWorker& worker) { worker.setSource(generation, source); });
    setState(QMediaPlayer::StoppedState);
    setStatus(source.isEmpty() ? QMediaPlayer::NoMedia : QMediaPlayer::LoadingMedia);
}

void MediaEngine::play()
{
    m_asked = QMediaPlayer::PlayingState;
    post([](MediaWorker& worker) { worker.play(); });
    if (!m_source.isEmpty())
        setState(QMediaPlayer::PlayingState);
}

void MediaEngine::pause()
{
    m_asked = QMediaPlayer::PausedState;
    post([](MediaWorker& worker) { worker.pause(); });
    if (!m_source.isEmpty())
        setState(QMediaPlayer::PausedState);
}

void MediaEngine::stop()
{
    m_asked = QMediaPlayer::StoppedState;
    post([](MediaWorker& worker) { worker.stop(); });
    setState(QMediaPlayer::StoppedState);
}

void MediaEngine::setPosition(qint64 positionMs)
{
    m_position = positionMs;
    post([positionMs](MediaWorker& worker) { worker.setPosition(positionMs); });
}

void MediaEngine::setVolume(float volume)
{
    m_volume = volume;
    post([volume](MediaWorker& worker) { worker.setVolume(volume); });
}

void MediaEngine::setMuted(bool muted)
{
    m_muted = muted;
    post([muted](MediaWorker& worker) { worker.setMuted(muted); });
}

void MediaEngine::replaceStuckWorker()
{
    if (m_answered == m_sent)
        return;
    // Stuck again on the source it was given again: that source hangs the player (a FIFO, a dead network
    // mount), not a race. It fails like a file that cannot be read, and Player moves on.
    const bool again = !m_source.isEmpty() && m_reopened == m_generation;
    qCWarning(lcPlayback) << "the media player has not answered for" << kStuckMs
                          << "ms: left behind for a new one; it was opening" << m_source;
    m_worker->disconnect(this);
    abandonedThreads().push_back(m_thread.release());
    m_worker = nullptr;
    ++m_replacements;
    m_answered = m_sent;
    startWorker();
    if (m_source.isEmpty())
        return;
    if (again) {
        m_error = QMediaPlayer::ResourceError;
        setState(QMediaPlayer::StoppedState);
        emit errorOccurred(m_error, QStringLiteral("the player stopped answering while opening it"));
        setStatus(QMediaPlayer::InvalidMedia);
        return;
    }
    // The source it was asked for, playing or paused as asked, from the start: the deadlock is in setSource.
    const QMediaPlayer::PlaybackState asked = m_asked;
    setSource(m_source);
    m_reopened = m_generation;
    if (asked == QMediaPlayer::PlayingState)
        play();
    else if (asked == QMediaPlayer::PausedState)
        pause();
}

} // namespace soundalike
