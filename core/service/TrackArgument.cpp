#include "core/service/TrackArgument.h"

#include "core/common/RawPath.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace soundalike {

bool TrackArgument::isId(const FilePath& argument)
{
    return !argument.empty() && argument.size() < 19 &&
           std::all_of(argument.begin(), argument.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<FilePath> TrackArgument::libraryPaths(const FilePath& argument)
{
    std::vector<FilePath> paths{RawPath::absoluteNormal(argument)};
    char resolved[PATH_MAX];
    if (::realpath(paths.front().c_str(), resolved) && paths.front() != resolved)
        paths.emplace_back(resolved);
    return paths;
}

} // namespace soundalike
