#include "core/library/DirectoryWalker.h"

#include "core/common/AudioFileNames.h"
#include "core/common/FormatSniffer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <set>
#include <sys/stat.h>
#include <utility>
#include <vector>

namespace soundalike {

namespace {

using Inode = std::pair<dev_t, ino_t>;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

struct DirectoryListing
{
    std::vector<std::string> names;
    int error = 0;
};

DirectoryListing list(const FilePath& folder)
{
    DirectoryListing listing;
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) {
        listing.error = errno;
        return listing;
    }
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            listing.names.push_back(name);
    }
    ::closedir(dir);
    // Sorted so that which of two links to one file is kept does not depend on the file system's order.
    std::sort(listing.names.begin(), listing.names.end());
    return listing;
}

} // namespace

bool DirectoryWalker::isAudioCandidate(const FilePath& path, const std::string& name)
{
    switch (AudioFileNames::candidate(name)) {
    case AudioFileNames::Candidate::ByName:
        return true;
    case AudioFileNames::Candidate::ByContent:
        return FormatSniffer::sniffFile(path).format != AudioFormat::Unknown;
    case AudioFileNames::Candidate::No:
        break;
    }
    return false;
}

FileStamp DirectoryWalker::stampOf(const struct stat& st)
{
    return {std::int64_t(st.st_size), std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

bool DirectoryWalker::walk(const FilePath& root, const std::atomic_bool& cancel)
{
    std::set<Inode> visitedFolders;
    std::set<Inode> seenFiles;
    std::vector<FilePath> pending{root};
    while (!pending.empty()) {
        if (cancel.load(std::memory_order_relaxed))
            return false;
        const FilePath folder = std::move(pending.back());
        pending.pop_back();
        struct stat st
        {};
        if (::stat(folder.c_str(), &st) != 0 || !visitedFolders.insert({st.st_dev, st.st_ino}).second)
            continue;
        const DirectoryListing listing = list(folder);
        if (listing.error != 0) {
            m_onProblem(folder, Reason(QT_TRANSLATE_NOOP("Reason", "cannot open the folder: %1"))
                                    .arg(errnoText(listing.error)));
            continue;
        }
        std::vector<FilePath> subfolders;
        for (const std::string& name : listing.names) {
            const FilePath path = folder == "/" ? "/" + name : folder + "/" + name;
            if (::stat(path.c_str(), &st) != 0) {
                if (AudioFileNames::candidate(name) == AudioFileNames::Candidate::ByName)
                    m_onProblem(path, Reason(QT_TRANSLATE_NOOP("Reason", "cannot read the file: %1"))
                                          .arg(errnoText(errno)));
                continue;
            }
            if (S_ISDIR(st.st_mode))
                subfolders.push_back(path);
            else if (S_ISREG(st.st_mode) && isAudioCandidate(path, name) &&
                     seenFiles.insert({st.st_dev, st.st_ino}).second)
                m_onFile(path, stampOf(st));
        }
        // Pushed in reverse so the stack pops them, and the walk proceeds, in sorted order.
        pending.insert(pending.end(), std::make_move_iterator(subfolders.rbegin()),
                       std::make_move_iterator(subfolders.rend()));
    }
    return true;
}

} // namespace soundalike
