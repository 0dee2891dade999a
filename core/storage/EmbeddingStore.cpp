#include "core/storage/EmbeddingStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <cstring>

namespace soundalike {

void EmbeddingStore::put(std::int64_t trackId, std::int64_t modelId, const float* vector, int dim)
{
    m_db.cached("INSERT INTO embeddings(track_id, model_id, vector) VALUES(?, ?, ?) "
                "ON CONFLICT(track_id, model_id) DO UPDATE SET vector = excluded.vector")
        .bind(1, trackId)
        .bind(2, modelId)
        .bindBlob(3, vector, dim * int(sizeof(float)))
        .run();
}

void EmbeddingStore::forEach(std::int64_t modelId,
                             const std::function<void(std::int64_t, const float*, int)>& visit)
{
    auto query = m_db.prepare("SELECT track_id, vector FROM embeddings WHERE model_id = ? ORDER BY track_id");
    query.bind(1, modelId);
    std::vector<float> vector;
    while (query.step()) {
        const std::string bytes = query.bytes(1);
        vector.resize(bytes.size() / sizeof(float));
        std::memcpy(vector.data(), bytes.data(), vector.size() * sizeof(float));
        visit(query.int64(0), vector.data(), int(vector.size()));
    }
}

int EmbeddingStore::count(std::int64_t modelId)
{
    auto query = m_db.prepare("SELECT count(*) FROM embeddings WHERE model_id = ?");
    query.bind(1, modelId);
    query.step();
    return query.integer(0);
}

std::vector<std::int64_t> EmbeddingStore::missing(std::int64_t modelId, int descriptorVersion)
{
    auto query = m_db.prepare("SELECT d.track_id FROM descriptors d WHERE d.version = ? AND NOT EXISTS "
                              "(SELECT 1 FROM embeddings e WHERE e.track_id = d.track_id AND e.model_id = ?) "
                              "ORDER BY d.track_id");
    query.bind(1, descriptorVersion).bind(2, modelId);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

} // namespace soundalike
