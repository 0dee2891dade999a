#pragma once

#include <QAudioOutput>

namespace soundalike {

// What the audio output is set to: the listener's volume (0..1 as the user sees it, perceived loudness) and
// mute, the playing track's levelling gain, a fade-out (the sleep timer's), and the silence Player keeps
// while a waiting seek lands (so the start of a track that is about to jump elsewhere is never heard). Qt's
// output cannot amplify, so a positive gain comes out of the volume's headroom and the output never goes
// above the file's own level.
class OutputLevel
{
public:
    explicit OutputLevel(QAudioOutput& output);

    void setVolume(double volume); // clamped to 0..1
    double volume() const { return m_volume; }
    void setGain(double gainDb);
    double gainDb() const { return m_gainDb; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    // A factor on the volume (0..1, perceived), for a fade-out that leaves the listener's volume as it was.
    void setFade(double fade);
    double fade() const { return m_fade; }
    void setSilenced(bool silenced);
    bool isSilenced() const { return m_silenced; }
    // The linear output level for a volume (0..1, perceived) and a gain in dB: never above 1.
    [[nodiscard]] static float level(double volume, double gainDb);

private:
    void applyVolume();
    void applyMute();

    QAudioOutput& m_output;
    double m_volume = 1.0;
    double m_gainDb = 0;
    double m_fade = 1.0;
    bool m_muted = false;    // the listener's choice
    bool m_silenced = false; // for a seek, whatever the listener chose
};

} // namespace soundalike
