#include "core/playback/OutputCheck.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QMediaPlayer>
#include <QtEndian>

namespace soundalike {

namespace {

// A fifth of a second of 8-kHz mono 16-bit silence as a WAV file: a format every GStreamer install plays
// (wavparse is in -good, which the player needs anyway), and too short and quiet to be heard.
QByteArray silenceWav()
{
    constexpr quint32 kRate = 8000;
    constexpr quint32 kBytes = kRate / 5 * 2;
    QByteArray wav;
    const auto put32 = [&wav](quint32 value) {
        char bytes[4];
        qToLittleEndian(value, bytes);
        wav.append(bytes, 4);
    };
    const auto put16 = [&wav](quint16 value) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        wav.append(bytes, 2);
    };
    wav.append("RIFF");
    put32(36 + kBytes);
    wav.append("WAVEfmt ");
    put32(16);        // the format chunk's size
    put16(1);         // PCM
    put16(1);         // channels
    put32(kRate);     // frames a second
    put32(kRate * 2); // bytes a second
    put16(2);         // bytes a frame
    put16(16);        // bits a sample
    wav.append("data");
    put32(kBytes);
    wav.append(QByteArray(kBytes, '\0'));
    return wav;
}

} // namespace

OutputCheck::OutputCheck(QObject* parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(false); });
}

void OutputCheck::start(const QAudioDevice& device)
{
    cancel();
    // A fresh pipeline each time: one that failed keeps its broken sink.
    auto* media = new QMediaPlayer(this);
    // Children of the player go after its pipeline does, which reads them.
    auto* output = new QAudioOutput(device, media);
    auto* silence = new QBuffer(media);
    silence->setData(silenceWav());
    silence->open(QIODevice::ReadOnly);
    media->setAudioOutput(output);
    m_media = media;
    connect(media, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error) {
        if (error != QMediaPlayer::NoError)
            finish(false);
    });
    connect(media, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        // Buffered means the sink took the stream: a sink that cannot reach its output fails before that.
        if (status == QMediaPlayer::BufferedMedia || status == QMediaPlayer::EndOfMedia)
            finish(true);
        else if (status == QMediaPlayer::InvalidMedia)
            finish(false);
    });
    m_timeout.start();
    media->setSourceDevice(silence, QUrl(QStringLiteral("silence.wav")));
    media->play();
}

void OutputCheck::cancel()
{
    m_timeout.stop();
    if (QMediaPlayer* media = m_media.data()) {
        m_media.clear();
        media->disconnect(this);
        // Not from within its own signal, which may be what called this.
        media->deleteLater();
    }
}

void OutputCheck::finish(bool works)
{
    if (!isRunning())
        return;
    cancel();
    emit finished(works);
}

} // namespace soundalike
