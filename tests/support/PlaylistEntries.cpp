#include "tests/support/PlaylistEntries.h"

#include "core/common/FilePath.h"

namespace soundalike::test {

PlaylistEntry entryFor(const QString& path, const QString& title, int durationMs)
{
    PlaylistEntry e;
    e.track.path = toFilePath(path);
    e.track.title = title;
    e.track.durationMs = durationMs;
    return e;
}

QStringList titlesOf(const std::vector<PlaylistEntry>& entries)
{
    QStringList titles;
    for (const PlaylistEntry& e : entries)
        titles << e.track.title;
    return titles;
}

std::vector<std::int64_t> idsOf(const std::vector<PlaylistEntry>& entries)
{
    std::vector<std::int64_t> ids;
    for (const PlaylistEntry& e : entries)
        ids.push_back(e.track.id);
    return ids;
}

} // namespace soundalike::test
