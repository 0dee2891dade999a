#pragma once

#include "core/storage/PendingTracks.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace soundalike {

class Database;

// Typed access to `track_loudness`: each track's integrated loudness over the whole file, for volume
// levelling. A track waits for it once it is analysed (a file the analysis could not decode is not tried
// again here); DescriptorStore::forget() drops it with the rest of what was measured when the file changes.
// Callers batch writes in a Transaction.
class LoudnessStore
{
public:
    explicit LoudnessStore(Database& db) : m_db(db) {}

    // Analysed (with descriptor `version`), available tracks with no whole-track loudness yet, by id after
    // `afterId`.
    [[nodiscard]] std::vector<PendingTrack> pending(int version, std::int64_t afterId, int limit);
    [[nodiscard]] int countPending(int version);
    // `lufs` none: measured, nothing usable; the track is not pending again until its file changes.
    void put(std::int64_t trackId, std::optional<double> lufs);
    // Every usable whole-track loudness, by track id.
    [[nodiscard]] std::vector<std::pair<std::int64_t, float>> all();

private:
    Database& m_db;
};

} // namespace soundalike
