#include "core/storage/FingerprintStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace soundalike {

namespace {

// Little-endian whatever the machine, so that a database moves between machines.
std::string encodeItems(const std::vector<std::uint32_t>& items)
{
    std::string bytes(items.size() * 4, '\0');
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t b = 0; b < 4; ++b)
            bytes[i * 4 + b] = char((items[i] >> (8 * b)) & 0xffu);
    }
    return bytes;
}

std::vector<std::uint32_t> decodeItems(std::string_view bytes)
{
    std::vector<std::uint32_t> items(bytes.size() / 4);
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t b = 0; b < 4; ++b)
            items[i] |= std::uint32_t(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
    }
    return items;
}

constexpr const char* kUnfingerprinted =
    "FROM tracks t WHERE t.available = 1 AND EXISTS (SELECT 1 FROM descriptors d WHERE d.track_id = t.id "
    "AND d.version = ?1) AND NOT EXISTS (SELECT 1 FROM fingerprints p WHERE p.track_id = t.id)";

} // namespace

void FingerprintStore::put(std::int64_t trackId, const AudioFingerprint& fingerprint,
                           const std::vector<std::uint32_t>& keys)
{
    const std::string items = encodeItems(fingerprint.items);
    m_db.prepare("DELETE FROM fingerprint_keys WHERE track_id = ?").bind(1, trackId).run();
    m_db.prepare("INSERT INTO fingerprints(track_id, start_ms, items) "
                 "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?1) "
                 "ON CONFLICT(track_id) DO UPDATE SET start_ms = excluded.start_ms, items = excluded.items, "
                 "duplicate_group = NULL, grouped = 0")
        .bind(1, trackId)
        .bind(2, std::int64_t(std::llround(fingerprint.startSeconds * 1000)))
        .bindBlob(3, items.data(), int(items.size()))
        .run();
    Statement& insert = m_db.cached("INSERT OR IGNORE INTO fingerprint_keys(key, track_id) "
                                    "SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?2)");
    for (const std::uint32_t key : keys) {
        insert.reset();
        insert.bind(1, std::int64_t(key)).bind(2, trackId).run();
    }
}

std::optional<AudioFingerprint> FingerprintStore::get(std::int64_t trackId)
{
    Statement& query = m_db.cached("SELECT start_ms, items FROM fingerprints WHERE track_id = ?");
    query.bind(1, trackId);
    if (!query.step())
        return std::nullopt;
    return AudioFingerprint{decodeItems(query.view(1)), double(query.int64(0)) / 1000.0};
}

std::vector<PendingTrack> FingerprintStore::unfingerprinted(int version, std::int64_t afterId, int limit)
{
    return pendingPage(m_db, kUnfingerprinted, version, afterId, limit);
}

int FingerprintStore::countUnfingerprinted(int version)
{
    return pendingCount(m_db, kUnfingerprinted, version);
}

std::vector<std::int64_t> FingerprintStore::ungrouped()
{
    auto query = m_db.prepare("SELECT track_id FROM fingerprints WHERE grouped = 0 ORDER BY track_id");
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

std::vector<std::int64_t> FingerprintStore::candidates(std::int64_t trackId,
                                                       const std::vector<std::uint32_t>& items, int maxPerKey)
{
    Statement& sharing = m_db.cached("SELECT track_id FROM fingerprint_keys WHERE key = ? LIMIT ?");
    std::vector<std::int64_t> ids;
    std::vector<std::int64_t> found;
    for (const std::uint32_t item : items) {
        sharing.reset();
        sharing.bind(1, std::int64_t(item)).bind(2, maxPerKey + 1);
        found.clear();
        while (sharing.step())
            found.push_back(sharing.int64(0));
        if (int(found.size()) <= maxPerKey)
            std::copy_if(found.begin(), found.end(), std::back_inserter(ids),
                         [trackId](std::int64_t id) { return id != trackId; });
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::int64_t FingerprintStore::groupOf(std::int64_t trackId)
{
    Statement& query =
        m_db.cached("SELECT coalesce(duplicate_group, track_id) FROM fingerprints WHERE track_id = ?");
    query.bind(1, trackId);
    return query.step() ? query.int64(0) : trackId;
}

void FingerprintStore::join(std::int64_t a, std::int64_t b)
{
    const std::int64_t groupA = groupOf(a);
    const std::int64_t groupB = groupOf(b);
    const std::int64_t target = std::min(groupA, groupB);
    Statement& relabel =
        m_db.cached("UPDATE fingerprints SET duplicate_group = ?1 WHERE duplicate_group = ?2 OR "
                    "track_id = ?2 OR track_id = ?3");
    for (const auto& [group, track] : {std::pair{groupA, a}, std::pair{groupB, b}}) {
        relabel.reset();
        relabel.bind(1, target).bind(2, group).bind(3, track).run();
    }
}

void FingerprintStore::markGrouped(std::int64_t trackId)
{
    m_db.cached("UPDATE fingerprints SET grouped = 1 WHERE track_id = ?").bind(1, trackId).run();
}

std::vector<std::vector<std::int64_t>> FingerprintStore::groups()
{
    auto query = m_db.prepare(
        "SELECT p.duplicate_group, p.track_id FROM fingerprints p JOIN tracks t ON t.id = p.track_id "
        "WHERE t.available = 1 AND p.duplicate_group IN (SELECT q.duplicate_group FROM fingerprints q JOIN "
        "tracks u ON u.id = q.track_id WHERE u.available = 1 AND q.duplicate_group IS NOT NULL GROUP BY "
        "q.duplicate_group HAVING count(*) > 1) ORDER BY p.duplicate_group, p.track_id");
    std::vector<std::vector<std::int64_t>> groups;
    std::int64_t current = 0;
    while (query.step()) {
        if (groups.empty() || query.int64(0) != current) {
            current = query.int64(0);
            groups.emplace_back();
        }
        groups.back().push_back(query.int64(1));
    }
    return groups;
}

int FingerprintStore::count()
{
    auto query = m_db.prepare("SELECT count(*) FROM fingerprints");
    query.step();
    return query.integer(0);
}

} // namespace soundalike
