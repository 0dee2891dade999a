#pragma once

#include "core/common/FilePath.h"
#include "core/common/Lyrics.h"

namespace soundalike {

// Finds the lyrics of a track: its own lyrics tag (ID3v2 USLT or SYLT in MP3, WAV and AIFF; LYRICS or
// UNSYNCEDLYRICS comments in FLAC and Ogg; ©lyr in MP4), and a .lrc file of the same name beside it (as
// LRCGET and most players write them). Synced lyrics win over plain ones; between two of a kind, the tag
// wins. Reads the disk, so call it off the GUI thread.
class LyricsReader
{
public:
    [[nodiscard]] static Lyrics read(const FilePath& trackPath);
    [[nodiscard]] static Lyrics embedded(const FilePath& trackPath);
    [[nodiscard]] static Lyrics beside(const FilePath& trackPath);
};

} // namespace soundalike
