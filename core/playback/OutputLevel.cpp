#include "core/playback/OutputLevel.h"

#include <QAudio>

#include <algorithm>
#include <cmath>

namespace soundalike {

OutputLevel::OutputLevel(QAudioOutput& output) : m_output(output)
{
    applyVolume();
    applyMute();
}

void OutputLevel::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    applyVolume();
}

void OutputLevel::setGain(double gainDb)
{
    m_gainDb = gainDb;
    applyVolume();
}

void OutputLevel::setFade(double fade)
{
    m_fade = std::clamp(fade, 0.0, 1.0);
    applyVolume();
}

void OutputLevel::setMuted(bool muted)
{
    m_muted = muted;
    applyMute();
}

void OutputLevel::setSilenced(bool silenced)
{
    m_silenced = silenced;
    applyMute();
}

float OutputLevel::level(double volume, double gainDb)
{
    // Sliders feel even when they follow loudness, which is logarithmic in the signal's amplitude.
    const double linear =
        QAudio::convertVolume(float(volume), QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    return float(std::min(1.0, linear * std::pow(10.0, gainDb / 20.0)));
}

void OutputLevel::applyVolume()
{
    m_output.setVolume(level(m_volume * m_fade, m_gainDb));
}

void OutputLevel::applyMute()
{
    m_output.setMuted(m_muted || m_silenced);
}

} // namespace soundalike
