#pragma once

#include "core/common/AudioFormat.h"
#include "core/common/Track.h"

#include <cstdint>
#include <optional>

namespace soundalike {

// The audio stream of an uncompressed WAV or AIFF file, read from its own chunks, for a file TagLib cannot
// describe. A file cut short (an interrupted copy or download) keeps its "fmt " or COMM chunk, but its data
// chunk then claims more bytes than the file holds, and TagLib 1.13 drops that chunk and reports no audio at
// all, while GStreamer and FFmpeg play and decode what is there. The length here is that: the sample frames
// present, never more than the chunk claims.
struct PcmStream
{
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    std::int64_t frames = 0; // whole sample frames present in the file

    [[nodiscard]] std::int64_t lengthMs() const { return sampleRate > 0 ? frames * 1000 / sampleRate : 0; }
};

// Reads `path` as `format` (AudioFormat::Wav or Aiff; anything else gives none). None when the chunks do not
// describe uncompressed audio with a known layout.
[[nodiscard]] std::optional<PcmStream> readPcmHeader(const FilePath& path, AudioFormat format);

} // namespace soundalike
