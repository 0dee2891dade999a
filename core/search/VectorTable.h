#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace soundalike {

// One vector per track, all of one dimension, in one contiguous block so faiss and BLAS can use it as is.
// Vectors are L2-normalised by add(), except all-zero ones (a track the source knows nothing about), which
// stay zero and so are similar to nothing.
class VectorTable
{
public:
    // `sourceKey` names the space the vectors live in (source, version, vocabulary or model): two tables
    // with the same key may be compared and share an index. `dimensionNames` explain results ("genre:rock").
    VectorTable(QString sourceKey, QStringList dimensionNames);

    const QString& sourceKey() const { return m_sourceKey; }
    const QStringList& dimensionNames() const { return m_dimensionNames; }
    int dimension() const { return int(m_dimensionNames.size()); }
    std::size_t size() const { return m_ids.size(); }
    bool empty() const { return m_ids.empty(); }

    // Similarity at or above which two vectors are taken for the same recording. Sources whose vectors are
    // equal for different songs (tags: same album) leave it above 1, which turns the check off.
    float duplicateSimilarity() const { return m_duplicateSimilarity; }
    void setDuplicateSimilarity(float similarity) { m_duplicateSimilarity = similarity; }

    // Adds or replaces the vector of `trackId`; `vector` must have dimension() values.
    void add(std::int64_t trackId, std::span<const float> vector);
    void reserve(std::size_t count);

    std::optional<std::size_t> row(std::int64_t trackId) const;
    std::int64_t id(std::size_t row) const { return m_ids[row]; }
    std::span<const float> vector(std::size_t row) const;
    const std::vector<std::int64_t>& ids() const { return m_ids; }
    const float* data() const { return m_data.data(); }

private:
    QString m_sourceKey;
    QStringList m_dimensionNames;
    float m_duplicateSimilarity = 2.0f;
    std::vector<std::int64_t> m_ids;
    std::vector<float> m_data;
    std::unordered_map<std::int64_t, std::size_t> m_rows;
};

} // namespace soundalike
