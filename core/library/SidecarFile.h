#pragma once

#include "core/common/FilePath.h"

#include <QByteArray>

#include <functional>

namespace soundalike {

// A file that goes with a track and sits beside it in its folder (a cover.jpg, a Song.lrc). The folder is
// listed rather than names probed, so "Cover.JPG" and "Song.LRC" are found on a case-sensitive disk; raw
// bytes throughout, so a folder whose name is not UTF-8 has them too.
class SidecarFile
{
public:
    // Ranks a file name of the folder: below zero when it is not a sidecar, else lower is better.
    using Rank = std::function<int(const FilePath& name)>;

    // The bytes of the best-ranked file beside `trackPath` (the first listed among equals), or none when
    // there is none, it cannot be read, or it is larger than `maxBytes` (then it is no sidecar but a
    // mistake).
    [[nodiscard]] static QByteArray read(const FilePath& trackPath, const Rank& rank, qint64 maxBytes);
};

} // namespace soundalike
