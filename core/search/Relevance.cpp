#include "core/search/Relevance.h"

#include "core/common/AvxState.h"
#include "core/search/InnerProducts.h"

#include <algorithm>
#include <cmath>

namespace soundalike {

namespace {

// Distance statistics are taken against at most this many candidates: plenty for a mean and a spread.
constexpr std::size_t kReferenceSize = 512;
constexpr double kMinSpread = 1e-3;

double distance(float similarity)
{
    return std::sqrt(std::max(0.0, 2.0 - 2.0 * double(similarity)));
}

} // namespace

double Relevance::Spread::fartherThan(double d) const
{
    // 0.5·erfc(z/√2) by Abramowitz & Stegun 7.1.26 (error below 1.5e-7): several times faster than
    // std::erfc, and this runs for every candidate at every pick.
    const double x = std::abs(d - mean) / (deviation * M_SQRT2);
    const double t = 1.0 / (1.0 + 0.3275911 * x);
    const double poly =
        t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const double tail = 0.5 * poly * std::exp(-x * x);
    return d >= mean ? tail : 1.0 - tail;
}

std::vector<Relevance::Spread> Relevance::spreads(const std::vector<float>& similarities, std::size_t rows,
                                                  std::size_t reference)
{
    std::vector<Spread> out(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        double sum = 0, squares = 0;
        for (std::size_t j = 0; j < reference; ++j) {
            const double d = distance(similarities[r * reference + j]);
            sum += d;
            squares += d * d;
        }
        const double mean = sum / double(reference);
        out[r].mean = mean;
        out[r].deviation =
            std::max(kMinSpread, std::sqrt(std::max(0.0, squares / double(reference) - mean * mean)));
    }
    return out;
}

Relevance::Relevance(const CandidatePool& pool, std::span<const float> queries, bool hubReduction)
    : m_queries(0)
{
    const std::size_t d = pool.dimension();
    m_queries = int(queries.size() / d);
    if (pool.size() == 0)
        return;
    m_similarity =
        innerProducts(pool.vectors().data(), pool.size(), queries.data(), std::size_t(m_queries), d);
    m_score = m_similarity;
    if (hubReduction && pool.size() > 2) {
        clearAvxUpperState();
        reduceHubs(pool, queries);
    }
}

void Relevance::reduceHubs(const CandidatePool& pool, std::span<const float> queries)
{
    const std::size_t n = pool.size();
    const std::size_t d = pool.dimension();
    const std::size_t step = std::max<std::size_t>(1, n / kReferenceSize);
    std::vector<float> reference;
    for (std::size_t i = 0; i < n && reference.size() < kReferenceSize * d; i += step)
        reference.insert(reference.end(), pool.vector(i), pool.vector(i) + d);
    const std::size_t r = reference.size() / d;

    std::vector<float> similarities = innerProducts(pool.vectors().data(), n, reference.data(), r, d);
    m_spreads = spreads(similarities, n, r);
    if (r == n)
        m_gram = std::move(similarities); // the selection's pick-to-candidate similarities, already paid for
    const auto querySpreads =
        spreads(innerProducts(queries.data(), std::size_t(m_queries), reference.data(), r, d),
                std::size_t(m_queries), r);
    for (std::size_t c = 0; c < n; ++c) {
        for (int q = 0; q < m_queries; ++q) {
            const double dist = distance(similarity(c, q));
            const double mp = querySpreads[std::size_t(q)].fartherThan(dist) * m_spreads[c].fartherThan(dist);
            m_score[c * std::size_t(m_queries) + std::size_t(q)] = float(mp);
        }
    }
}

float Relevance::alike(std::size_t a, std::size_t b, float similarity) const
{
    if (m_spreads.empty())
        return similarity;
    const double d = distance(similarity);
    return float(m_spreads[a].fartherThan(d) * m_spreads[b].fartherThan(d));
}

float Relevance::kthSimilarity(int query, std::size_t k) const
{
    const std::size_t n = m_queries ? m_similarity.size() / std::size_t(m_queries) : 0;
    if (k == 0 || k > n)
        return -1.0f;
    std::vector<float> column(n);
    for (std::size_t c = 0; c < n; ++c)
        column[c] = similarity(c, query);
    std::nth_element(column.begin(), column.begin() + std::ptrdiff_t(k - 1), column.end(), std::greater<>());
    return column[k - 1];
}

} // namespace soundalike
