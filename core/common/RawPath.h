#pragma once

#include "core/common/Track.h"

namespace soundalike {

// Lexical path arithmetic on raw file-name bytes (no encoding conversion, no file system access except for
// the current folder that a relative path is taken against).
class RawPath
{
public:
    // `path` made absolute against the current folder, with ".", ".." and repeated slashes removed.
    static FilePath absoluteNormal(const FilePath& path);
    // `path` with ".", ".." and repeated slashes removed; stays relative when it was.
    static FilePath normal(const FilePath& path);
    static FilePath parentFolder(const FilePath& absolutePath);
    // True when `path` lies strictly inside `folder` (both absolute and normal).
    static bool isInside(const FilePath& path, const FilePath& folder);
    // `path` relative to `folder` (both absolute and normal), with "../" steps where needed.
    static FilePath relative(const FilePath& path, const FilePath& folder);
    static bool isAbsolute(const FilePath& path) { return !path.empty() && path.front() == '/'; }
    // The file name without folder and extension, for a title when tags have none.
    static FilePath baseName(const FilePath& path);
};

} // namespace soundalike
