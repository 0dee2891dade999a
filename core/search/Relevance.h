#pragma once

#include "core/search/CandidatePool.h"

#include <span>
#include <vector>

namespace soundalike {

// How well each candidate answers each query (a seed, or the seeds' centroid): its cosine similarity, and a
// score with hubs discounted. A hub is a track near almost everything; mutual proximity (Schnitzer et al.
// 2012) asks instead whether the query is unusually close *for both of them*: each distance is turned into
// the share of the candidate set that lies farther away, from the query's side and from the candidate's,
// fitted as a Gaussian per track over (a sample of) the candidate set.
class Relevance
{
public:
    Relevance(const CandidatePool& pool, std::span<const float> queries, bool hubReduction);

    int queries() const { return m_queries; }
    float similarity(std::size_t candidate, int query) const
    {
        return m_similarity[candidate * m_queries + query];
    }
    float score(std::size_t candidate, int query) const { return m_score[candidate * m_queries + query]; }
    // How alike two candidates with this similarity are, on the same scale as score(), so that diversity
    // weighs like against like.
    float alike(std::size_t a, std::size_t b, float similarity) const;
    // The k-th highest similarity of any candidate to `query` (-1 when the pool has fewer than k).
    float kthSimilarity(int query, std::size_t k) const;
    // Every candidate's similarity to `candidate`, when hub reduction measured the whole pool against itself
    // (a pool no larger than its reference sample); null otherwise.
    const float* similaritiesTo(std::size_t candidate) const
    {
        return m_gram.empty() ? nullptr : m_gram.data() + candidate * m_spreads.size();
    }

private:
    // A track's distances to the candidate set, fitted as a Gaussian.
    struct Spread
    {
        double mean = 0;
        double deviation = 1;

        // The share of the candidate set farther away than `distance`.
        double fartherThan(double distance) const;
    };

    static std::vector<Spread> spreads(const std::vector<float>& similarities, std::size_t rows,
                                       std::size_t reference);
    void reduceHubs(const CandidatePool& pool, std::span<const float> queries);

    int m_queries;
    std::vector<float> m_similarity; // candidates × queries
    std::vector<float> m_score;
    std::vector<Spread> m_spreads; // per candidate, when hubs are discounted
    std::vector<float> m_gram;     // candidates × candidates, when the reference sample is the whole pool
};

} // namespace soundalike
