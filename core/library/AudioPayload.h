#pragma once

#include "core/common/AudioFormat.h"
#include "core/common/FilePath.h"

#include <cstdint>
#include <optional>

namespace soundalike {

// The bytes of a file that hold its audio, between the tags that a tagger rewrites: after ID3v2 and before
// ID3v1/APEv2 in an MP3, after the metadata blocks of a FLAC, MP4's mdat box, the data chunk of a WAV and the
// SSND chunk of an AIFF. Ogg has none: rewriting its comment header renumbers every page after it.
struct AudioPayload
{
    std::int64_t offset = 0;
    std::int64_t length = 0;
};

[[nodiscard]] std::optional<AudioPayload> findAudioPayload(const FilePath& path, AudioFormat format);

// A signature of the audio payload (its length, its first and last 16 KiB), the same after a retag moved it;
// 0 when the format has no payload to sign or the file does not show one. A stable hash: it is stored.
[[nodiscard]] std::int64_t audioSignature(const FilePath& path, AudioFormat format);

} // namespace soundalike
