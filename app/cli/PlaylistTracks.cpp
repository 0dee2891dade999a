#include "app/cli/PlaylistTracks.h"

#include "core/library/TagReader.h"
#include "core/playlists/PlaylistPath.h"
#include "core/storage/TrackStore.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <stdexcept>
#include <sys/stat.h>

namespace soundalike::cli {

namespace {

bool isTrackId(const FilePath& argument)
{
    return !argument.empty() && argument.size() < 19 &&
           std::all_of(argument.begin(), argument.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<FilePath> realPath(const FilePath& path)
{
    char resolved[PATH_MAX];
    if (!::realpath(path.c_str(), resolved))
        return std::nullopt;
    return FilePath(resolved);
}

} // namespace

PlaylistFileEntry PlaylistTracks::entryFor(const TrackInfo& track)
{
    return PlaylistFileEntry::fromTrack(track);
}

PlaylistFileEntry PlaylistTracks::entryFor(const FilePath& argument)
{
    if (!isTrackId(argument))
        return entryForFile(argument);
    const std::optional<Track> track = m_store.track(std::stoll(argument));
    if (!track)
        throw std::runtime_error("no track with id " + argument + " in the library");
    return entryFor(*track);
}

PlaylistFileEntry PlaylistTracks::entryForFile(const FilePath& argument)
{
    const FilePath path = PlaylistPath::absoluteNormal(argument);
    if (const std::optional<Track> track = libraryTrack(path))
        return entryFor(*track);
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        throw std::runtime_error("no such file and not a track id: " + displayPath(argument).toStdString());
    // A file outside the library still goes into the playlist, with whatever its tags say.
    const TagReader::Result tags = TagReader::read(path, {std::int64_t(st.st_size), 0});
    PlaylistFileEntry entry = tags.info ? entryFor(*tags.info) : PlaylistFileEntry();
    entry.path = path;
    return entry;
}

std::optional<Track> PlaylistTracks::libraryTrack(const FilePath& path)
{
    if (std::optional<Track> track = m_store.trackByPath(path))
        return track;
    const std::optional<FilePath> real = realPath(path);
    if (!real || *real == path)
        return std::nullopt;
    return m_store.trackByPath(*real);
}

} // namespace soundalike::cli
