#include "core/search/SeedSet.h"

#include "core/search/InnerProducts.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace soundalike {

namespace {

std::vector<float> normalised(std::vector<float> v)
{
    double squared = 0;
    for (float x : v)
        squared += double(x) * x;
    if (squared > 0) {
        const float scale = float(1.0 / std::sqrt(squared));
        for (float& x : v)
            x *= scale;
    }
    return v;
}

std::invalid_argument refusal(const QString& message)
{
    return std::invalid_argument(message.toStdString());
}

} // namespace

SeedSet::SeedSet(const VectorTable& vectors, const std::vector<std::int64_t>& ids)
    : m_dimension(std::size_t(vectors.dimension()))
{
    for (std::int64_t id : ids) {
        if (std::find(m_ids.begin(), m_ids.end(), id) != m_ids.end())
            continue;
        const auto row = vectors.row(id);
        if (!row)
            throw refusal(QCoreApplication::translate("SeedSet", "track %1 has no vector in %2")
                              .arg(id)
                              .arg(vectors.sourceKey()));
        const auto v = vectors.vector(*row);
        if (std::all_of(v.begin(), v.end(), [](float x) { return x == 0.0f; }))
            throw refusal(QCoreApplication::translate(
                              "SeedSet", "track %1 has nothing to compare by (no tags or analysis)")
                              .arg(id));
        m_ids.push_back(id);
        m_vectors.insert(m_vectors.end(), v.begin(), v.end());
    }
    if (m_ids.empty())
        throw refusal(QCoreApplication::translate("SeedSet", "a playlist needs at least one seed"));
}

std::span<const float> SeedSet::vector(int seed) const
{
    return {m_vectors.data() + std::size_t(seed) * m_dimension, m_dimension};
}

std::vector<float> SeedSet::centroid() const
{
    std::vector<float> mean(m_dimension, 0.0f);
    for (std::size_t i = 0; i < m_vectors.size(); ++i)
        mean[i % m_dimension] += m_vectors[i];
    return normalised(std::move(mean));
}

std::vector<float> SeedSet::pathPoints(int points) const
{
    std::vector<double> lengths;
    double total = 0;
    for (int s = 0; s + 1 < count(); ++s) {
        const float cosine = dot(vector(s).data(), vector(s + 1).data(), m_dimension);
        lengths.push_back(std::acos(std::clamp(double(cosine), -1.0, 1.0)) + 1e-6);
        total += lengths.back();
    }
    std::vector<float> out;
    for (int p = 0; p < points && !lengths.empty(); ++p) {
        double along = total * (p + 1) / (points + 1);
        std::size_t segment = 0;
        while (segment + 1 < lengths.size() && along > lengths[segment])
            along -= lengths[segment++];
        const double u = std::clamp(along / lengths[segment], 0.0, 1.0);
        const auto from = vector(int(segment));
        const auto to = vector(int(segment) + 1);
        std::vector<float> point(m_dimension);
        for (std::size_t i = 0; i < m_dimension; ++i)
            point[i] = float((1 - u) * from[i] + u * to[i]);
        const auto n = normalised(std::move(point));
        out.insert(out.end(), n.begin(), n.end());
    }
    return out;
}

bool SeedSet::close(const Relevance& relevance, std::size_t rank) const
{
    if (count() < 2)
        return false;
    for (int i = 0; i < count(); ++i) {
        for (int j = i + 1; j < count(); ++j) {
            const float between = dot(vector(i).data(), vector(j).data(), m_dimension);
            if (between < std::min(relevance.kthSimilarity(i, rank), relevance.kthSimilarity(j, rank)))
                return false;
        }
    }
    return true;
}

} // namespace soundalike
