#pragma once

#include "core/common/FilePath.h"
#include "core/common/Lyrics.h"

namespace soundalike {

// The lyrics of a song for the front ends: from its tags or a .lrc file beside it, synced ones first; empty
// when there are none. Reads the disk: call it off the GUI thread. Never throws: the front ends call it from
// thread-pool tasks, where an exception would end the program.
class SongLyrics
{
public:
    [[nodiscard]] static Lyrics of(const FilePath& trackPath) noexcept;
};

} // namespace soundalike
