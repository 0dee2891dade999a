#include "core/map/MapQuality.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace soundalike {

namespace {

struct Neighbourhoods
{
    std::vector<std::uint32_t> full; // all other rows, nearest first in the full space
    std::vector<std::uint32_t> map;  // the same on the map
    std::vector<float> fullScore;    // similarity of every row to the query (higher = nearer)
};

Neighbourhoods neighbourhoodsOf(const VectorTable& table, std::span<const float> xy, std::size_t query)
{
    const std::size_t n = table.size();
    Neighbourhoods result;
    result.fullScore.resize(n);
    std::vector<float> mapDistance(n);
    const auto q = table.vector(query);
    for (std::size_t r = 0; r < n; ++r) {
        const auto v = table.vector(r);
        result.fullScore[r] = std::inner_product(q.begin(), q.end(), v.begin(), 0.0f);
        const float dx = xy[2 * r] - xy[2 * query], dy = xy[2 * r + 1] - xy[2 * query + 1];
        mapDistance[r] = dx * dx + dy * dy;
    }
    for (std::uint32_t r = 0; r < n; ++r) {
        if (r != query) {
            result.full.push_back(r);
            result.map.push_back(r);
        }
    }
    std::stable_sort(result.full.begin(), result.full.end(), [&](std::uint32_t a, std::uint32_t b) {
        return result.fullScore[a] > result.fullScore[b];
    });
    std::stable_sort(result.map.begin(), result.map.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return mapDistance[a] < mapDistance[b]; });
    return result;
}

// Share of the first k of `order` (skipping the query's own group when `groups` is given) with its label.
double agreement(const std::vector<std::uint32_t>& order, std::size_t query, std::span<const int> labels,
                 std::span<const int> groups, int k)
{
    int hits = 0, seen = 0;
    for (std::uint32_t r : order) {
        if (seen == k)
            break;
        if (!groups.empty() && groups[r] == groups[query])
            continue;
        hits += labels[r] == labels[query];
        ++seen;
    }
    return seen > 0 ? double(hits) / seen : 0.0;
}

} // namespace

NeighbourhoodQuality measureNeighbourhoods(const VectorTable& table, std::span<const float> xy,
                                           const RowLabels& rows, int k, std::size_t maxQueries)
{
    const std::span<const int> labels = rows.labels, groups = rows.groups;
    NeighbourhoodQuality quality;
    quality.k = k;
    const std::size_t n = table.size();
    if (n <= std::size_t(k) + 1)
        return quality;
    const std::size_t step = std::max<std::size_t>(1, n / std::max<std::size_t>(1, maxQueries));
    double intrusion = 0;
    for (std::size_t query = 0; query < n; query += step) {
        if (labels[query] < 0 || (!rows.asking.empty() && !rows.asking[query]))
            continue;
        const Neighbourhoods hood = neighbourhoodsOf(table, xy, query);
        ++quality.queries;
        quality.labelAgreementFull += agreement(hood.full, query, labels, {}, k);
        quality.labelAgreementMap += agreement(hood.map, query, labels, {}, k);
        if (!groups.empty()) {
            quality.filteredAgreementFull += agreement(hood.full, query, labels, groups, k);
            quality.filteredAgreementMap += agreement(hood.map, query, labels, groups, k);
        }
        const std::unordered_set<std::uint32_t> fullNearest(hood.full.begin(), hood.full.begin() + k);
        for (int j = 0; j < k; ++j) {
            const std::uint32_t r = hood.map[std::size_t(j)];
            if (fullNearest.count(r)) {
                quality.neighbourRecall += 1.0 / k;
                continue;
            }
            // Full-space rank of the intruder, 1 = nearest.
            const float score = hood.fullScore[r];
            const auto rank = std::count_if(hood.full.begin(), hood.full.end(),
                                            [&](std::uint32_t o) { return hood.fullScore[o] > score; }) +
                              1;
            intrusion += double(rank - k);
        }
    }
    if (quality.queries == 0)
        return quality;
    const double m = double(quality.queries);
    quality.labelAgreementFull /= m;
    quality.labelAgreementMap /= m;
    quality.filteredAgreementFull /= m;
    quality.filteredAgreementMap /= m;
    quality.neighbourRecall /= m;
    const double kk = k;
    quality.trustworthiness = 1.0 - 2.0 / (m * kk * (2.0 * double(n) - 3.0 * kk - 1.0)) * intrusion;
    return quality;
}

} // namespace soundalike
