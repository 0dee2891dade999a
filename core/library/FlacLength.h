#pragma once

#include "core/common/AudioFormat.h"
#include "core/common/FilePath.h"

#include <cstdint>
#include <optional>

namespace soundalike {

// The sample frames of a FLAC or Ogg FLAC file whose stream info leaves their number unknown, which the
// format allows (0: a FLAC written through a pipe, every Ogg FLAC that FFmpeg writes) and TagLib 1.13 reports
// as no length at all. Counted from the file's own end: the granule position of Ogg's last page, or the
// header of a native FLAC's last frame (the one whose CRC-16 ends the file), which numbers it. None when
// neither is found: a file cut short mid-frame, a tag after the audio other than ID3v1, another format.
[[nodiscard]] std::optional<std::int64_t> countFlacFrames(const FilePath& path, AudioFormat format);

} // namespace soundalike
