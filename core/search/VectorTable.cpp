#include "core/search/VectorTable.h"

#include <cmath>
#include <stdexcept>

namespace soundalike {

VectorTable::VectorTable(QString sourceKey, QStringList dimensionNames)
    : m_sourceKey(std::move(sourceKey)), m_dimensionNames(std::move(dimensionNames))
{
    if (m_dimensionNames.isEmpty())
        throw std::invalid_argument("a vector table needs at least one dimension");
}

void VectorTable::reserve(std::size_t count)
{
    m_ids.reserve(count);
    m_data.reserve(count * std::size_t(dimension()));
    m_rows.reserve(count);
}

void VectorTable::add(std::int64_t trackId, std::span<const float> vector)
{
    const std::size_t d = std::size_t(dimension());
    if (vector.size() != d)
        throw std::invalid_argument("vector has the wrong dimension");
    double squared = 0;
    for (float v : vector)
        squared += double(v) * v;
    const float scale = squared > 0 ? float(1.0 / std::sqrt(squared)) : 0.0f;

    auto [it, inserted] = m_rows.try_emplace(trackId, m_ids.size());
    if (inserted) {
        m_ids.push_back(trackId);
        m_data.resize(m_data.size() + d);
    }
    float* out = m_data.data() + it->second * d;
    for (std::size_t i = 0; i < d; ++i)
        out[i] = vector[i] * scale;
}

std::optional<std::size_t> VectorTable::row(std::int64_t trackId) const
{
    const auto it = m_rows.find(trackId);
    if (it == m_rows.end())
        return std::nullopt;
    return it->second;
}

std::span<const float> VectorTable::vector(std::size_t row) const
{
    const std::size_t d = std::size_t(dimension());
    return {m_data.data() + row * d, d};
}

} // namespace soundalike
