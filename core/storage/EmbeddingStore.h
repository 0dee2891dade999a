#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace soundalike {

class Database;

// Embedding vectors by track and model, stored as little-endian float32 blobs.
class EmbeddingStore
{
public:
    explicit EmbeddingStore(Database& db) : m_db(db) {}

    void put(std::int64_t trackId, std::int64_t modelId, const float* vector, int dim);
    // Calls `visit` for every embedding of the model, in track-id order, without holding them all in memory.
    void forEach(std::int64_t modelId,
                 const std::function<void(std::int64_t trackId, const float* vector, int dim)>& visit);
    int count(std::int64_t modelId);
    // Analysed tracks (with a descriptor of `descriptorVersion`) that have no embedding from the model yet.
    std::vector<std::int64_t> missing(std::int64_t modelId, int descriptorVersion);

private:
    Database& m_db;
};

} // namespace soundalike
