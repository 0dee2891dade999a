#include "core/playback/LoadWatch.h"

#include "core/common/Logging.h"
#include "core/playback/SourceGate.h"

#include <QMediaPlayer>

namespace soundalike {

LoadWatch::LoadWatch(QMediaPlayer& media, SourceGate& gate, QObject* parent)
    : QObject(parent), m_media(media), m_gate(gate)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LoadWatch::check);
}

void LoadWatch::watch()
{
    m_reopenings = 0;
    m_timer.start(kCheckMs);
}

void LoadWatch::check()
{
    if (m_media.mediaStatus() != QMediaPlayer::LoadingMedia || m_media.source().isEmpty())
        return;
    if (m_reopenings == kReopenings) {
        qCWarning(lcPlayback) << "still loading after being opened" << m_reopenings
                              << "more times:" << m_media.source();
        emit stuck();
        return;
    }
    qCWarning(lcPlayback) << "stuck loading, opening it again:" << m_media.source();
    ++m_reopenings;
    const bool playing = m_media.playbackState() == QMediaPlayer::PlayingState;
    const QUrl source = m_media.source();
    const SourceGate::Hold hold(m_gate);
    m_media.setSource(QUrl());
    m_media.setSource(source);
    if (playing)
        m_media.play();
    m_timer.start(kCheckMs);
}

} // namespace soundalike
