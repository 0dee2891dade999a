#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike::test {

// Audio to encode. Samples are generated here so every test knows exactly what is in its files.
struct AudioSpec
{
    enum class Wave
    {
        Sine,
        Noise,
        Silence,
        Clicks,
        Music // chords of harmonic tones changing every bar, a kick on each beat, noise off the beat and
              // under it all
    };

    Wave wave = Wave::Sine;
    double seconds = 1.0;
    double frequency = 440.0; // Sine: tone; Clicks: ignored
    double amplitude = 0.5;   // linear, 1.0 = full scale
    double bpm = 120.0;       // Clicks and Music
    int sampleRate = 44100;
    int channels = 2;
    int bitrateKbps = 128;
    unsigned seed = 1; // Noise and Music
};

struct Tags
{
    QString title;
    QString artist;
    QStringList otherArtists; // written as further values of the artist field (multi-valued TPE1, ARTIST…)
    QString albumArtist;
    QString album;
    QStringList genres; // written as one ID3v2.4 multi-value frame
    QString date;       // raw TDRC text, e.g. "2001" or "2001-05-03"
    QString track;      // raw TRCK text, e.g. "3/12"
    QString disc;
    QByteArray cover; // written as an APIC picture when not empty
    QString lyrics;   // written as the format's lyrics tag (USLT, LYRICS, ©lyr) when not empty
};

// Just a title and an artist, the tags most tests need.
Tags songTags(const QString& title, const QString& artist);

std::vector<float> generate(const AudioSpec& spec);
QByteArray encodeMp3(const std::vector<float>& interleaved, int sampleRate, int channels, int bitrateKbps);
// An mp3 as LAME writes one: a 100-byte ID3v2 tag, then a first frame holding a Xing header that counts the
// stream's frames and bytes, then `mp3` (frames of 417 bytes: encodeMp3 at 128 kbit/s, 44.1 kHz).
struct CountedMp3
{
    QByteArray bytes;
    qsizetype audioStart = 0; // where the Xing frame begins
    qint64 streamBytes = 0;   // what the header counts
};
CountedMp3 countedMp3(const QByteArray& mp3);

// Writes an mp3 of `spec` at `path` (creating folders) and tags it; returns false on failure.
bool writeMp3(const QString& path, const AudioSpec& spec = {}, const Tags& tags = {});
bool writeTags(const QString& path, const Tags& tags);
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace soundalike::test
