#pragma once

#include <QString>

namespace soundalike {

// A length in whole seconds, rounded: as the window and the command line show it and as M3U's #EXTINF
// writes it, so that all three agree.
[[nodiscard]] qint64 roundedSeconds(qint64 milliseconds);
// Lengths as players show them: "3:07", "1:02:45", rounded to the second.
[[nodiscard]] QString durationText(qint64 milliseconds);
// A position in the playing song, cut down to the second: it reads the song's length only at its very end.
[[nodiscard]] QString positionText(qint64 milliseconds);

} // namespace soundalike
