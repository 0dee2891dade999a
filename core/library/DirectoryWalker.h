#pragma once

#include "core/common/Reason.h"
#include "core/common/Track.h"

#include <QString>

#include <atomic>
#include <functional>

struct stat;

namespace soundalike {

// Walks a folder tree for audio files: those with the extension of an audio format (any case, supported or
// not), and those without an extension whose content is audio. Follows symbolic links to folders without
// looping, reports each physical file once, and reports what it cannot enter instead of stopping.
class DirectoryWalker
{
public:
    using FileFound = std::function<void(const FilePath& path, const FileStamp& stamp)>;
    using Problem = std::function<void(const FilePath& path, const Reason& reason)>;

    DirectoryWalker(FileFound onFile, Problem onProblem)
        : m_onFile(std::move(onFile)), m_onProblem(std::move(onProblem))
    {}

    // Returns false when cancelled before the walk finished.
    bool walk(const FilePath& root, const std::atomic_bool& cancel);

    [[nodiscard]] static bool isAudioCandidate(const FilePath& path, const std::string& name);
    static FileStamp stampOf(const struct stat& st);

private:
    FileFound m_onFile;
    Problem m_onProblem;
};

} // namespace soundalike
