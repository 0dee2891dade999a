#pragma once

#include "tests/support/Mp3Fixture.h"

#include <QString>

#include <vector>

namespace soundalike::test {

// The encodings test files are made in. Mp3 is LAME (Mp3Fixture); the others are FFmpeg's encoders, run as
// the `ffmpeg` program that setup.sh installs.
enum class Encoding
{
    Mp3,
    Flac,
    OggVorbis,
    Opus,    // .opus
    OggFlac, // .oga
    M4aAac,
    M4aAlac,
    Wav,
    Aiff,
    Wma, // not supported by Soundalike: made to check that it says so
};

// Every supported encoding, for tests that go through them all.
const std::vector<Encoding>& supportedEncodings();
QString extensionOf(Encoding encoding); // "flac", "m4a"…
QString nameOf(Encoding encoding);      // for test row names: "flac", "m4a-alac"…

// Writes `spec` in `encoding` at `path` (creating folders) and tags it in that format's own kind of tag
// (ID3v2 for MP3, WAV and AIFF; Vorbis comments; MP4 atoms), cover included. Returns false on failure.
bool writeAudio(const QString& path, Encoding encoding, const AudioSpec& spec = {}, const Tags& tags = {});
// The same samples, already generated, so several encodings of one recording can share them.
bool writeAudio(const QString& path, Encoding encoding, const AudioSpec& spec,
                const std::vector<float>& samples, const Tags& tags);

// Tags an existing file of `encoding` again, as a tagger would, in place (cover included).
bool retagAudio(const QString& path, Encoding encoding, const Tags& tags);

} // namespace soundalike::test
