#pragma once

#include "core/common/ListeningStats.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace soundalike {

class Database;

// Typed access to the `listening` table: play counts, skips and when each track last played. A track that is
// removed from the library takes its row with it.
class ListeningStore
{
public:
    explicit ListeningStore(Database& db) : m_db(db) {}

    // Counts a play (when `played`), a skip (when `skipped`) and sets the last-played time to `at`. A track
    // that was removed meanwhile is skipped.
    void record(std::int64_t trackId, bool played, bool skipped, std::int64_t at);
    [[nodiscard]] ListeningStats stats(std::int64_t trackId);
    // Every track that was ever listened to, by id.
    [[nodiscard]] std::vector<std::pair<std::int64_t, ListeningStats>> all();
    // Tracks whose last play was at or after `since` (seconds since the epoch).
    [[nodiscard]] std::vector<std::int64_t> playedSince(std::int64_t since);

private:
    Database& m_db;
};

} // namespace soundalike
