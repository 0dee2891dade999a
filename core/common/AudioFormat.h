#pragma once

#include <QString>

namespace soundalike {

// What a file holds, told by its content (see FormatSniffer). Scan, analysis and playback all go by this,
// never by the file's name: a WAV named .mp3 is a WAV everywhere.
enum class AudioFormat
{
    Unknown,     // no audio signature in its first bytes
    Unsupported, // audio, but of a kind Soundalike cannot decode (WMA, APE…): FormatGuess::name says which
    MpegAudio,   // MPEG-1/2 layer I-III: mp3 (and mp2)
    Flac,
    OggVorbis,
    OggOpus,
    OggFlac,
    Mp4, // M4A/MP4: AAC or ALAC
    Wav,
    Aiff,
};

struct FormatGuess
{
    AudioFormat format = AudioFormat::Unknown;
    QString name; // for people: "FLAC", "Windows Media Audio (WMA)"; empty when Unknown

    bool isSupported() const { return format != AudioFormat::Unknown && format != AudioFormat::Unsupported; }
};

} // namespace soundalike
