#pragma once

#include "core/common/AudioDescriptor.h"
#include "core/common/Reason.h"
#include "core/common/Track.h"
#include "core/storage/PendingTracks.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace soundalike {

class Database;

// Every stored summary of one descriptor version, as one row-major matrix.
struct DescriptorMatrix
{
    int dimensions = 0;
    std::vector<std::int64_t> trackIds;
    std::vector<float> values; // trackIds.size() rows of `dimensions`

    std::span<const float> row(std::size_t i) const
    {
        return std::span<const float>(values).subspan(i * std::size_t(dimensions), std::size_t(dimensions));
    }
};

// Typed access to the `descriptors` table (see DescriptorCodec for the bytes) and to the analysis failures
// remembered beside it. A failure is remembered per descriptor version, so `analyze` does not retry a broken
// file on every run; forget() drops both (and the track's fingerprint and whole-track loudness) when the
// scanner sees the file's content change. Callers batch writes in a Transaction.
class DescriptorStore
{
public:
    explicit DescriptorStore(Database& db) : m_db(db) {}

    // Available tracks with neither a descriptor of `version` nor a failure for it, by id, after `afterId`.
    std::vector<PendingTrack> pending(int version, std::int64_t afterId, int limit);
    int countPending(int version);
    // Those of `trackIds` that are pending, in the order given.
    std::vector<PendingTrack> pendingAmong(int version, const std::vector<std::int64_t>& trackIds);

    // Stores a track's descriptor (replacing one of the same version) and clears its failure. A track that
    // was removed meanwhile is skipped.
    void put(std::int64_t trackId, const AudioDescriptor& descriptor);
    void putFailure(std::int64_t trackId, int version, const Reason& reason);
    void forget(std::int64_t trackId);

    std::optional<AudioDescriptor> get(std::int64_t trackId, int version);
    int count(int version);
    int failureCount(int version);
    // Each track that failed analysis at `version`, with why.
    [[nodiscard]] std::vector<std::pair<std::int64_t, Reason>> failures(int version);

    // Bulk readers, one pass over the table in track-id order; rows that do not decode are skipped.
    DescriptorMatrix summaries(int version);
    void forEach(int version, const std::function<void(std::int64_t trackId, const AudioDescriptor&)>& visit);
    // One dimension of every stored summary (e.g. the loudness), by track id.
    std::vector<std::pair<std::int64_t, float>> dimension(int version, int index);

private:
    Database& m_db;
};

} // namespace soundalike
