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

    // What this reader takes from tags, counted up when it takes more; stored with each track, so a scan
    // reads the tags of a file read by an older reader again, keeping its analysis (the audio did not
    // change). 1: the first ARTIST value only; 2: every ARTIST and ALBUMARTIST value.
    static constexpr int kTagsVersion = 2;

    static Result read(const FilePath& path, const FileStamp& stamp);
    static QString taglibVersion();
};

} // namespace soundalike
