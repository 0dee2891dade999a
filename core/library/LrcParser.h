#pragma once

#include "core/common/Lyrics.h"

#include <QString>

namespace soundalike {

// Reads lyrics text, synced or not. Synced lyrics are LRC: each line starts with one or more times
// ([mm:ss.xx], [mm:ss], [mm:ss.xxx]; a line sung twice carries two), metadata lines ([ar:…], [ti:…]) are
// skipped, [offset:±ms] moves every line (a positive offset shows them sooner, as the format's players do),
// and the word times of enhanced LRC (<mm:ss.xx>) are dropped. Text without a single time is plain lyrics,
// kept line by line, so a "[Chorus]" heading in them stays a line.
class LrcParser
{
public:
    [[nodiscard]] static Lyrics parse(const QString& text);
};

} // namespace soundalike
