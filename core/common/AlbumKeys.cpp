#include "core/common/AlbumKeys.h"

#include "core/common/TextKey.h"

namespace soundalike {

AlbumKeys::AlbumKeys(const std::vector<Track>& library)
{
    for (const Track& track : library)
        ++m_folderSizes[folderOf(track)];
}

std::optional<AlbumKeys::Album> AlbumKeys::tagged(const Track& track)
{
    if (track.album.isEmpty())
        return std::nullopt;
    const QString owner = track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
    return Album{matchKey(owner) + QChar(0x1f) + matchKey(track.album), track.album, false};
}

std::optional<AlbumKeys::Album> AlbumKeys::of(const Track& track) const
{
    if (auto album = tagged(track))
        return album;
    const std::string_view folder = folderOf(track);
    const auto size = m_folderSizes.find(folder);
    if (size == m_folderSizes.end() || size->second > kMaxFolderAlbumTracks)
        return std::nullopt;
    return Album{QChar(0x1d) + QString::fromUtf8(folder.data(), qsizetype(folder.size())), {}, true};
}

std::string_view AlbumKeys::folderOf(const Track& track)
{
    return std::string_view(track.path).substr(0, track.path.rfind('/'));
}

} // namespace soundalike
