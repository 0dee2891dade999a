#include "core/library/SidecarFile.h"

#include "core/common/RawFile.h"
#include "core/common/RawPath.h"

#include <dirent.h>

namespace soundalike {

QByteArray SidecarFile::read(const FilePath& trackPath, const Rank& rank, qint64 maxBytes)
{
    const FilePath folder = RawPath::parentFolder(trackPath);
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return {};
    FilePath best;
    int bestRank = -1;
    while (const dirent* entry = ::readdir(dir)) {
        const int entryRank = rank(entry->d_name);
        if (entryRank >= 0 && (bestRank < 0 || entryRank < bestRank)) {
            best = entry->d_name;
            bestRank = entryRank;
        }
    }
    ::closedir(dir);
    if (best.empty())
        return {};
    try {
        return RawFile::read(folder + '/' + best, maxBytes);
    } catch (const std::exception&) {
        return {}; // unreadable or too large: as with none
    }
}

} // namespace soundalike
