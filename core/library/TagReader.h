#pragma once

#include "core/common/Reason.h"
#include "core/common/Track.h"

#include <QString>

#include <optional>

namespace soundalike {

// Reads one audio file's tags and audio properties with TagLib, in the format its content shows (MP3, FLAC,
// Ogg Vorbis/Opus/FLAC, MP4, WAV, AIFF). Never throws: a file that cannot be used comes back
// with a reason a person can act on.
class TagReader
{
public:
    struct Result
    {
        std::optional<TrackInfo> info;
        Reason problem;
    };

    static Result read(const FilePath& path, const FileStamp& stamp);
    static QString taglibVersion();
};

} // namespace soundalike
