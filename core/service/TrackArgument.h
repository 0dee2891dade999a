#pragma once

#include "core/common/FilePath.h"

#include <vector>

namespace soundalike {

// A track as a person names one on the command line, one rule for every command: digits are a track id
// (a folder named "2019" in the current folder does not make it a file); anything else is a file, by its
// raw bytes (a name that is not UTF-8 still matches), stored in the library under its own path or under the
// path its symbolic links resolve to.
class TrackArgument
{
public:
    [[nodiscard]] static bool isId(const FilePath& argument);
    // The paths the library may hold the file under: absolute and normal, then resolved, when different.
    [[nodiscard]] static std::vector<FilePath> libraryPaths(const FilePath& argument);
};

} // namespace soundalike
