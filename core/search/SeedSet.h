#pragma once

#include "core/search/Relevance.h"
#include "core/search/VectorTable.h"

#include <cstdint>
#include <span>
#include <vector>

namespace soundalike {

// The seeds of a playlist as vectors, and the places they define: their centroid, points along a walk
// through them, whether they are close enough for a centroid to mean anything.
class SeedSet
{
public:
    // Duplicates are dropped. Throws std::invalid_argument for no seeds, or a seed without a usable vector.
    SeedSet(const VectorTable& vectors, const std::vector<std::int64_t>& ids);

    int count() const { return int(m_ids.size()); }
    std::int64_t id(int seed) const { return m_ids[std::size_t(seed)]; }
    const std::vector<std::int64_t>& ids() const { return m_ids; }
    std::size_t dimension() const { return m_dimension; }
    std::span<const float> vector(int seed) const;
    const std::vector<float>& vectors() const { return m_vectors; }

    std::vector<float> centroid() const;
    // `points` points spread evenly by angle along the seeds in order, the seeds themselves excluded.
    std::vector<float> pathPoints(int points) const;
    // Every seed lies among the other's `rank` nearest candidates (queries 0..count()-1 of `relevance`).
    bool close(const Relevance& relevance, std::size_t rank) const;

private:
    std::vector<std::int64_t> m_ids;
    std::vector<float> m_vectors; // count × dimension
    std::size_t m_dimension;
};

} // namespace soundalike
