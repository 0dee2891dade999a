#pragma once

#include "core/common/Track.h"

#include <QString>

#include <atomic>
#include <functional>

struct stat;

namespace soundalike {

// Walks a folder tree for mp3 files (by extension, any case). Follows symbolic links to folders without
// looping, reports each physical file once, and reports what it cannot enter instead of stopping.
class DirectoryWalker
{
public:
    using FileFound = std::function<void(const FilePath& path, const FileStamp& stamp)>;
    using Problem = std::function<void(const FilePath& path, const QString& reason)>;

    DirectoryWalker(FileFound onFile, Problem onProblem)
        : m_onFile(std::move(onFile)), m_onProblem(std::move(onProblem))
    {}

    // Returns false when cancelled before the walk finished.
    bool walk(const FilePath& root, const std::atomic_bool& cancel);

    static bool hasMp3Extension(const FilePath& name);
    static FileStamp stampOf(const struct stat& st);

private:
    FileFound m_onFile;
    Problem m_onProblem;
};

} // namespace soundalike
