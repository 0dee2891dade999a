#pragma once

#include "core/playback/Listen.h"

namespace soundalike {

// What one listen says about a track: played (counts as a play, and as "more like this"), skipped early
// (counts as a skip, and as "less like this"), or neither (left half-way, or the playlist was replaced).
struct ListenVerdict
{
    // A skip this early means the listener did not want the song; later, they had heard enough of it.
    static constexpr qint64 kEarlySkipMs = 30000;

    bool played = false;
    bool skippedEarly = false;

    [[nodiscard]] static ListenVerdict of(const Listen& listen);
};

} // namespace soundalike
