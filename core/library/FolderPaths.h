#pragma once

#include "core/common/Track.h"

namespace soundalike {

// True when `path` is `folder` itself or lies anywhere below it (byte-wise, no file system access).
inline bool isInsideOrSame(const FilePath& path, const FilePath& folder)
{
    return path == folder || (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
                              (folder.back() == '/' || path[folder.size()] == '/'));
}

} // namespace soundalike
