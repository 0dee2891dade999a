#pragma once

#include "core/common/PlaylistEntry.h"
#include "core/common/Track.h"
#include "core/search/ListenerConcept.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// Why a pick is in a playlist, in one sentence in the interface's language: the tags it shares with its seed
// first (genre, artist, album, decade; only known values), then what it sounds like it shares, e.g.
// "Like “War of freedom”: same genre (metal), similarly bright and distorted, close tempo (~140 BPM)".
// Reads the database on the calling thread.
class PickExplanation
{
public:
    explicit PickExplanation(Database& db) : m_db(db) {}

    // `concepts` most shared first, as the generator's Explainer ranks them.
    [[nodiscard]] QString sentence(const Track& seed, const Track& pick,
                                   const std::vector<ListenerConcept>& concepts);
    // `entries` explained again from the library's stored descriptors and tags, in the current language: what
    // a restored playlist shows. An entry without a seed, or whose seed or track left the library, keeps its
    // text.
    [[nodiscard]] std::vector<PlaylistEntry> again(std::vector<PlaylistEntry> entries);
    // The same with a connection of its own to `databasePath`, for a worker thread. Throws what opening the
    // database throws.
    [[nodiscard]] static std::vector<PlaylistEntry> again(const QString& databasePath,
                                                          std::vector<PlaylistEntry> entries);

private:
    std::optional<int> tempoBpm(std::int64_t trackId);

    Database& m_db;
};

} // namespace soundalike
