#pragma once

#include "core/search/SearchSpace.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace soundalike {

// The tracks a playlist may be chosen from: the nearest neighbours of each query that pass `eligible`, with
// their vectors gathered in one block for BLAS. When few tracks pass (a strict filter) or the search would
// reach most of the library anyway, every passing track is taken instead, so nothing is missed.
class CandidatePool
{
public:
    using Eligible = std::function<bool(const SearchCatalog::Entry&)>;

    // `narrow`: `eligible` rejects most tracks (a filter), so count the passing ones first.
    CandidatePool(const SearchSpace& space, std::span<const float> queries, int k, const Eligible& eligible,
                  bool narrow);

    std::size_t size() const { return m_entries.size(); }
    std::size_t dimension() const { return m_dimension; }
    const SearchCatalog::Entry& entry(std::size_t i) const { return *m_entries[i]; }
    std::int64_t id(std::size_t i) const { return m_entries[i]->meta.id; }
    const float* vector(std::size_t i) const { return m_vectors.data() + i * m_dimension; }
    const std::vector<float>& vectors() const { return m_vectors; }
    // True when a larger k could not add any track: the pool holds all eligible tracks or as many as a
    // playlist may ever look at.
    bool exhaustive() const { return m_exhaustive; }

    // Beyond this many neighbours per query the pool stops growing: a constraint that cannot be met within
    // the 8192 nearest tracks of every seed counts as the library running short.
    static constexpr int kMaxNeighbours = 8192;

private:
    void takeAll(const SearchSpace& space, const std::vector<std::size_t>& rows);
    void add(const SearchSpace& space, std::size_t row, const SearchCatalog::Entry& entry);

    std::size_t m_dimension;
    std::vector<const SearchCatalog::Entry*> m_entries;
    std::vector<float> m_vectors;
    bool m_exhaustive = false;
};

} // namespace soundalike
