#include "core/common/RawPath.h"

#include <filesystem>

namespace soundalike {

namespace fs = std::filesystem;

// On Linux std::filesystem::path holds the native bytes unchanged, so non-UTF-8 names survive.

FilePath RawPath::absoluteNormal(const FilePath& path)
{
    return normal(isAbsolute(path) ? path : fs::current_path().native() + '/' + path);
}

FilePath RawPath::normal(const FilePath& path)
{
    if (path.empty())
        return path;
    FilePath result = fs::path(path).lexically_normal().native();
    // lexically_normal keeps a trailing separator ("a/b/" stays so); a file path never needs one.
    while (result.size() > 1 && result.back() == '/')
        result.pop_back();
    return result;
}

FilePath RawPath::parentFolder(const FilePath& absolutePath)
{
    const auto slash = absolutePath.rfind('/');
    if (slash == FilePath::npos)
        return ".";
    return slash == 0 ? "/" : absolutePath.substr(0, slash);
}

bool RawPath::isInside(const FilePath& path, const FilePath& folder)
{
    if (folder == "/")
        return path.size() > 1 && path.front() == '/';
    return path.size() > folder.size() + 1 && path.compare(0, folder.size(), folder) == 0 &&
           path[folder.size()] == '/';
}

FilePath RawPath::relative(const FilePath& path, const FilePath& folder)
{
    return fs::path(path).lexically_relative(folder).native();
}

FilePath RawPath::baseName(const FilePath& path)
{
    FilePath name = path.substr(path.rfind('/') + 1);
    if (const auto dot = name.rfind('.'); dot != FilePath::npos && dot > 0)
        name.resize(dot);
    return name;
}

} // namespace soundalike
