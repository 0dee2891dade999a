#include "core/search/CandidatePool.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace soundalike {

namespace {

// Scanning this many vectors directly costs about what one index query does, and misses nothing.
constexpr std::size_t kDirectScanLimit = 20000;
// The most neighbours asked of the index per query, however narrow the filter.
constexpr std::size_t kMaxSearch = 65536;

} // namespace

CandidatePool::CandidatePool(const SearchSpace& space, std::span<const float> queries, int k,
                             const Eligible& eligible, bool narrow)
    : m_dimension(std::size_t(space.vectors.dimension()))
{
    const std::size_t total = space.vectors.size();
    const auto eligibleRows = [&] {
        std::vector<std::size_t> rows;
        for (std::size_t row = 0; row < total; ++row) {
            const auto* e = space.catalog.find(space.vectors.id(row));
            if (e && eligible(*e))
                rows.push_back(row);
        }
        return rows;
    };
    std::size_t wanted = std::size_t(std::max(1, k));
    if (narrow) {
        const std::vector<std::size_t> passing = eligibleRows();
        if (passing.size() <= kDirectScanLimit || wanted >= passing.size()) {
            takeAll(space, passing);
            return;
        }
        // Ask for enough neighbours that about k of them pass.
        wanted = std::size_t(std::ceil(double(wanted) * double(total) / double(passing.size()) * 1.25));
    }
    if (wanted >= total) {
        takeAll(space, eligibleRows());
        return;
    }

    const auto found = space.index.search(queries, int(std::min(wanted, kMaxSearch)));
    m_exhaustive = k >= kMaxNeighbours;
    std::unordered_set<std::int64_t> seen;
    for (const auto& neighbours : found) {
        for (const Neighbor& n : neighbours) {
            if (!seen.insert(n.id).second)
                continue;
            const auto* e = space.catalog.find(n.id);
            const auto row = space.vectors.row(n.id);
            if (e && row && eligible(*e))
                add(space, *row, *e);
        }
    }
}

void CandidatePool::takeAll(const SearchSpace& space, const std::vector<std::size_t>& rows)
{
    m_entries.reserve(rows.size());
    m_vectors.reserve(rows.size() * m_dimension);
    for (std::size_t row : rows)
        add(space, row, *space.catalog.find(space.vectors.id(row)));
    m_exhaustive = true;
}

void CandidatePool::add(const SearchSpace& space, std::size_t row, const SearchCatalog::Entry& entry)
{
    m_entries.push_back(&entry);
    const auto v = space.vectors.vector(row);
    m_vectors.insert(m_vectors.end(), v.begin(), v.end());
}

} // namespace soundalike
