#include "core/storage/DescriptorStore.h"

#include "core/storage/Database.h"
#include "core/storage/DescriptorCodec.h"
#include "core/storage/Statement.h"

#include <QDateTime>

namespace soundalike {

namespace {

constexpr const char* kPendingCondition =
    "t.available = 1 AND NOT EXISTS (SELECT 1 FROM descriptors d WHERE d.track_id = t.id AND d.version = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM analysis_failures f WHERE f.track_id = t.id AND f.version = ?1)";

// Decodes the summary and segments columns of `row` (at `first` and first + 1).
bool readDescriptor(const Statement& row, int first, int version, AudioDescriptor& out)
{
    out.version = version;
    if (!DescriptorCodec::decodeSummary(row.view(first), out.summary))
        return false;
    out.segments.clear();
    return row.isNull(first + 1) ||
           DescriptorCodec::decodeSegments(row.view(first + 1), out.dimensions(), out.segments);
}

int scalar(Statement query)
{
    query.step();
    return query.integer(0);
}

} // namespace

std::vector<PendingTrack> DescriptorStore::pending(int version, std::int64_t afterId, int limit)
{
    return pendingPage(m_db, std::string("FROM tracks t WHERE ") + kPendingCondition, version, afterId,
                       limit);
}

int DescriptorStore::countPending(int version)
{
    return pendingCount(m_db, std::string("FROM tracks t WHERE ") + kPendingCondition, version);
}

std::vector<PendingTrack> DescriptorStore::pendingAmong(int version,
                                                        const std::vector<std::int64_t>& trackIds)
{
    auto query = m_db.prepare(
        (std::string(kPendingColumns) + " FROM tracks t WHERE " + kPendingCondition + " AND t.id = ?2")
            .c_str());
    std::vector<PendingTrack> tracks;
    for (const std::int64_t id : trackIds) {
        query.reset();
        query.bind(1, version).bind(2, id);
        if (query.step())
            tracks.push_back(pendingRow(query));
    }
    return tracks;
}

void DescriptorStore::put(std::int64_t trackId, const AudioDescriptor& descriptor)
{
    const std::string summary = DescriptorCodec::encodeSummary(descriptor.summary);
    const std::string segments = DescriptorCodec::encodeSegments(descriptor.segments);
    m_db.prepare("INSERT INTO descriptors(track_id, version, summary, segments, computed_at) "
                 "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?1) "
                 "ON CONFLICT(track_id, version) DO UPDATE SET summary = excluded.summary, "
                 "segments = excluded.segments, computed_at = excluded.computed_at")
        .bind(1, trackId)
        .bind(2, descriptor.version)
        .bindBlob(3, summary.data(), int(summary.size()))
        .bindBlob(4, segments.data(), int(segments.size()))
        .bind(5, QDateTime::currentSecsSinceEpoch())
        .run();
    m_db.prepare("DELETE FROM analysis_failures WHERE track_id = ?").bind(1, trackId).run();
}

void DescriptorStore::putFailure(std::int64_t trackId, int version, const Reason& reason)
{
    m_db.prepare("INSERT INTO analysis_failures(track_id, version, reason, failed_at) "
                 "SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?1) "
                 "ON CONFLICT(track_id) DO UPDATE SET version = excluded.version, reason = excluded.reason, "
                 "failed_at = excluded.failed_at")
        .bind(1, trackId)
        .bind(2, version)
        .bind(3, reason.toStored())
        .bind(4, QDateTime::currentSecsSinceEpoch())
        .run();
}

void DescriptorStore::forget(std::int64_t trackId)
{
    m_db.prepare("DELETE FROM descriptors WHERE track_id = ?").bind(1, trackId).run();
    m_db.prepare("DELETE FROM analysis_failures WHERE track_id = ?").bind(1, trackId).run();
    m_db.prepare("DELETE FROM fingerprint_keys WHERE track_id = ?").bind(1, trackId).run();
    m_db.prepare("DELETE FROM fingerprints WHERE track_id = ?").bind(1, trackId).run();
    m_db.prepare("DELETE FROM track_loudness WHERE track_id = ?").bind(1, trackId).run();
}

std::optional<AudioDescriptor> DescriptorStore::get(std::int64_t trackId, int version)
{
    auto query = m_db.prepare("SELECT summary, segments FROM descriptors WHERE track_id = ? AND version = ?");
    query.bind(1, trackId).bind(2, version);
    AudioDescriptor descriptor;
    if (!query.step() || !readDescriptor(query, 0, version, descriptor))
        return std::nullopt;
    return descriptor;
}

int DescriptorStore::count(int version)
{
    auto query = m_db.prepare("SELECT count(*) FROM descriptors WHERE version = ?");
    query.bind(1, version);
    return scalar(std::move(query));
}

std::vector<std::pair<std::int64_t, Reason>> DescriptorStore::failures(int version)
{
    auto query =
        m_db.prepare("SELECT track_id, reason FROM analysis_failures WHERE version = ? ORDER BY track_id");
    query.bind(1, version);
    std::vector<std::pair<std::int64_t, Reason>> failed;
    while (query.step())
        failed.emplace_back(query.int64(0), Reason::fromStored(query.text(1)));
    return failed;
}

int DescriptorStore::failureCount(int version)
{
    auto query = m_db.prepare("SELECT count(*) FROM analysis_failures WHERE version = ?");
    query.bind(1, version);
    return scalar(std::move(query));
}

DescriptorMatrix DescriptorStore::summaries(int version)
{
    DescriptorMatrix matrix;
    auto query =
        m_db.prepare("SELECT track_id, summary FROM descriptors WHERE version = ? ORDER BY track_id");
    query.bind(1, version);
    std::vector<float> summary;
    while (query.step()) {
        if (!DescriptorCodec::decodeSummary(query.view(1), summary))
            continue;
        if (matrix.dimensions == 0)
            matrix.dimensions = int(summary.size());
        if (int(summary.size()) != matrix.dimensions)
            continue;
        matrix.trackIds.push_back(query.int64(0));
        matrix.values.insert(matrix.values.end(), summary.begin(), summary.end());
    }
    return matrix;
}

void DescriptorStore::forEach(int version,
                              const std::function<void(std::int64_t trackId, const AudioDescriptor&)>& visit)
{
    auto query = m_db.prepare(
        "SELECT track_id, summary, segments FROM descriptors WHERE version = ? ORDER BY track_id");
    query.bind(1, version);
    AudioDescriptor descriptor; // reused, so a pass over the library allocates next to nothing
    while (query.step()) {
        if (readDescriptor(query, 1, version, descriptor))
            visit(query.int64(0), descriptor);
    }
}

std::vector<std::pair<std::int64_t, float>> DescriptorStore::dimension(int version, int index)
{
    std::vector<std::pair<std::int64_t, float>> values;
    auto query =
        m_db.prepare("SELECT track_id, summary FROM descriptors WHERE version = ? ORDER BY track_id");
    query.bind(1, version);
    std::vector<float> summary;
    while (query.step()) {
        if (DescriptorCodec::decodeSummary(query.view(1), summary) && index >= 0 &&
            index < int(summary.size()))
            values.emplace_back(query.int64(0), summary[std::size_t(index)]);
    }
    return values;
}

} // namespace soundalike
