#pragma once

#include "core/service/SimilarTracks.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace soundalike::test {

// The track ids of the playlist a SimilarTracks opened for this one request makes: how every Generate was
// served before SimilarTracksCache, and what a playlist from the kept search must equal.
inline std::vector<std::int64_t> playlistOfFreshSearch(const QString& db, const PlaylistRequest& request)
{
    SimilarTracks similar(db);
    std::vector<std::int64_t> ids;
    for (const PlaylistPick& pick : similar.generate(request).picks)
        ids.push_back(pick.entry.track.id);
    return ids;
}

} // namespace soundalike::test
