#pragma once

#include "core/common/AudioFingerprint.h"
#include "core/storage/DescriptorStore.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace soundalike {

class Database;

// Typed access to the `fingerprints` and `fingerprint_keys` tables: each analysed track's Chromaprint
// fingerprint, its candidate keys, and the group of copies of one recording it belongs to. Callers batch
// writes in a Transaction.
class FingerprintStore
{
public:
    explicit FingerprintStore(Database& db) : m_db(db) {}

    // Replaces a track's fingerprint and keys and leaves it to be grouped again. A removed track is skipped.
    void put(std::int64_t trackId, const AudioFingerprint& fingerprint,
             const std::vector<std::uint32_t>& keys);
    [[nodiscard]] std::optional<AudioFingerprint> get(std::int64_t trackId);

    // Available tracks with a descriptor of `version` but no fingerprint (analysed before fingerprints
    // were), by id, after `afterId`.
    [[nodiscard]] std::vector<PendingTrack> unfingerprinted(int version, std::int64_t afterId, int limit);
    [[nodiscard]] int countUnfingerprinted(int version);

    // Tracks with a fingerprint not yet compared with the others, by id.
    [[nodiscard]] std::vector<std::int64_t> ungrouped();
    // Other tracks that share one of `keys` with `trackId`, leaving out keys that more than `maxPerKey`
    // tracks share (silence, a constant tone: a key that says nothing about which recording it is).
    [[nodiscard]] std::vector<std::int64_t> candidates(std::int64_t trackId,
                                                       const std::vector<std::uint32_t>& keys, int maxPerKey);
    // Puts `a` and `b` in one group, merging the groups they are in.
    void join(std::int64_t a, std::int64_t b);
    void markGrouped(std::int64_t trackId);

    // Each group of two or more available tracks, as track ids in id order.
    [[nodiscard]] std::vector<std::vector<std::int64_t>> groups();
    [[nodiscard]] int count();

private:
    [[nodiscard]] std::int64_t groupOf(std::int64_t trackId);

    Database& m_db;
};

} // namespace soundalike
