#include "core/playback/MediaWorker.h"

#include <QAudioOutput>

namespace soundalike {

MediaWorker::MediaWorker() = default;

// The player before its output, as a player built the other way round would leave it pointing at nothing.
MediaWorker::~MediaWorker()
{
    m_media.reset();
    m_output.reset();
}

void MediaWorker::open(const QAudioDevice& device, float volume, bool muted)
{
    m_output = std::make_unique<QAudioOutput>(device);
    m_output->setVolume(volume);
    m_output->setMuted(muted);
    m_media = std::make_unique<QMediaPlayer>();
    m_media->setAudioOutput(m_output.get());
    connect(m_media.get(), &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) { emit playbackStateChanged(m_command, state); });
    connect(m_media.get(), &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) { emit mediaStatusChanged(m_generation, status); });
    connect(m_media.get(), &QMediaPlayer::positionChanged, this,
            [this](qint64 position) { emit positionChanged(m_generation, position); });
    connect(m_media.get(), &QMediaPlayer::durationChanged, this,
            [this](qint64 duration) { emit durationChanged(m_generation, duration); });
    connect(m_media.get(), &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString& text) {
                emit errorOccurred(m_generation, error, text);
            });
}

void MediaWorker::run(quint64 number, const std::function<void(MediaWorker&)>& command)
{
    m_command = number;
    command(*this);
    emit done(number, m_media ? m_media->playbackState() : QMediaPlayer::StoppedState);
}

void MediaWorker::setSource(quint64 generation, const QUrl& source)
{
    // Before the call: what the player reports while it opens the source is about this source.
    m_generation = generation;
    m_media->setSource(source);
}

void MediaWorker::play()
{
    m_media->play();
}

void MediaWorker::pause()
{
    m_media->pause();
}

void MediaWorker::stop()
{
    m_media->stop();
}

void MediaWorker::setPosition(qint64 positionMs)
{
    m_media->setPosition(positionMs);
}

void MediaWorker::setVolume(float volume)
{
    m_output->setVolume(volume);
}

void MediaWorker::setMuted(bool muted)
{
    m_output->setMuted(muted);
}

} // namespace soundalike
