#pragma once

#include "core/common/Track.h"

#include <QString>

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace soundalike {

// Which album a track belongs to, as training and the similarity scale both see it. An album is its title
// within its album artist (or artist): "Greatest Hits" of two artists are two albums. A library without album
// tags is usually filed by album, so a track without one is of its folder's album, unless the folder holds
// more tracks than any album does (everything in one folder).
class AlbumKeys
{
public:
    // The evaluation set's largest package folder holds 60.
    static constexpr int kMaxFolderAlbumTracks = 60;

    struct Album
    {
        QString key;  // equal for the tracks of one album, and no other's
        QString name; // for display: the album tag, empty for a folder
        bool folder = false;
    };

    // Counts the tracks in each folder of `library`, which must hold every track `of` is asked about and
    // outlive this.
    explicit AlbumKeys(const std::vector<Track>& library);

    [[nodiscard]] std::optional<Album> of(const Track& track) const;
    // The album of the track's tags alone; nullopt without an album tag.
    [[nodiscard]] static std::optional<Album> tagged(const Track& track);

private:
    static std::string_view folderOf(const Track& track);

    // Views into the paths of the library's tracks, which outlive this.
    std::unordered_map<std::string_view, int> m_folderSizes;
};

} // namespace soundalike
