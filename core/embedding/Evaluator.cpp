#include "core/embedding/Evaluator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace soundalike {

namespace {

constexpr int kTop = 10;
constexpr int kKnn = 5;
constexpr int kHubFactor = 5;
constexpr int kSeedSamples = 10;
constexpr int kSeedRepeats = 25;

FeatureMatrix normalised(const FeatureMatrix& m)
{
    FeatureMatrix out = m;
    for (int r = 0; r < out.rows; ++r)
        l2Normalise(out.row(r), out.cols);
    return out;
}

std::vector<float> similarities(const FeatureMatrix& unit, int query)
{
    std::vector<float> sims(std::size_t(unit.rows));
    const float* q = unit.row(query);
    for (int r = 0; r < unit.rows; ++r) {
        const float* v = unit.row(r);
        float dot = 0;
        for (int c = 0; c < unit.cols; ++c)
            dot += q[c] * v[c];
        sims[std::size_t(r)] = dot;
    }
    return sims;
}

// The `k` most similar rows to `query` that `keep` accepts, best first.
template <typename Keep> std::vector<int> topK(const std::vector<float>& sims, int query, int k, Keep keep)
{
    std::vector<int> order;
    order.reserve(sims.size());
    for (int r = 0; r < int(sims.size()); ++r) {
        if (r != query && keep(r))
            order.push_back(r);
    }
    const auto count = std::min<std::size_t>(std::size_t(k), order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(count), order.end(), [&](int a, int b) {
        return sims[std::size_t(a)] != sims[std::size_t(b)] ? sims[std::size_t(a)] > sims[std::size_t(b)]
                                                            : a < b;
    });
    order.resize(count);
    return order;
}

bool sharesLabel(const std::vector<int>& a, const std::vector<int>& b)
{
    return std::any_of(a.begin(), a.end(),
                       [&](int l) { return std::find(b.begin(), b.end(), l) != b.end(); });
}

double precision(const std::vector<int>& neighbours, const EvaluationLabels& truth, int query)
{
    if (neighbours.empty())
        return 0;
    const auto hits = std::count_if(neighbours.begin(), neighbours.end(), [&](int n) {
        return sharesLabel(truth.labels[std::size_t(n)], truth.labels[std::size_t(query)]);
    });
    return double(hits) / double(neighbours.size());
}

bool knnCorrect(const std::vector<int>& neighbours, const EvaluationLabels& truth, int query)
{
    std::map<int, std::pair<int, int>> votes; // label -> (count, best rank, negated so larger is better)
    for (int rank = 0; rank < int(neighbours.size()) && rank < kKnn; ++rank) {
        for (int label : truth.labels[std::size_t(neighbours[std::size_t(rank)])]) {
            auto& [count, first] = votes.try_emplace(label, 0, -rank).first->second;
            ++count;
            first = std::max(first, -rank);
        }
    }
    if (votes.empty())
        return false;
    const auto best = std::max_element(votes.begin(), votes.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto& own = truth.labels[std::size_t(query)];
    return std::find(own.begin(), own.end(), best->first) != own.end();
}

struct Chance
{
    double pAt10 = 0;
    double pAt10Filtered = 0;
    double pAt10AlbumFiltered = 0;
    double knn = 0;
};

// Whether row `r` stays a candidate for `query` when rows of the query's own `owner` (artist or album) are
// left out; an unknown owner (-1, or no owners at all) filters nothing.
bool otherOwner(const std::vector<int>& owners, int query, int r)
{
    if (owners.empty())
        return true;
    const int own = owners[std::size_t(query)];
    return own < 0 || owners[std::size_t(r)] != own;
}

// The share of relevant rows among the candidates that `owners` leaves `query`: what a random ranking scores.
double filteredChance(const EvaluationLabels& truth, const std::vector<int>& owners, int query)
{
    int relevant = 0, candidates = 0;
    for (int r = 0; r < int(truth.labels.size()); ++r) {
        if (r == query || !otherOwner(owners, query, r))
            continue;
        ++candidates;
        relevant += sharesLabel(truth.labels[std::size_t(r)], truth.labels[std::size_t(query)]);
    }
    return candidates > 0 ? double(relevant) / candidates : 0;
}

Chance chanceLevels(const EvaluationLabels& truth, const std::vector<int>& queries)
{
    Chance chance;
    std::map<int, int> labelFrequency;
    for (int q : queries) {
        chance.pAt10 += filteredChance(truth, {}, q);
        chance.pAt10Filtered += filteredChance(truth, truth.groups, q);
        chance.pAt10AlbumFiltered += filteredChance(truth, truth.albums, q);
        for (int label : truth.labels[std::size_t(q)])
            ++labelFrequency[label];
    }
    const auto q = double(std::max<std::size_t>(1, queries.size()));
    chance.pAt10 /= q;
    chance.pAt10Filtered /= q;
    chance.pAt10AlbumFiltered /= q;
    int mostCommon = 0;
    for (const auto& [label, count] : labelFrequency)
        mostCommon = std::max(mostCommon, count);
    chance.knn = mostCommon / q;
    return chance;
}

double euclidean(const float* a, const float* b, int d)
{
    double sum = 0;
    for (int c = 0; c < d; ++c)
        sum += double(a[c] - b[c]) * (a[c] - b[c]);
    return std::sqrt(sum);
}

double cosineDistance(const float* a, const float* b, int d)
{
    double dot = 0, na = 0, nb = 0;
    for (int c = 0; c < d; ++c) {
        dot += double(a[c]) * b[c];
        na += double(a[c]) * a[c];
        nb += double(b[c]) * b[c];
    }
    return na > 0 && nb > 0 ? 1.0 - dot / std::sqrt(na * nb) : 1.0;
}

// The research report's metric: per label, one random anchor, N same-label and N other-label rows; the share
// of labels whose mean intra-label distance is below the inter-label one. Averaged over repeats: one draw is
// too noisy to compare models.
std::pair<double, double> seedMetric(const FeatureMatrix& vectors, const EvaluationLabels& truth,
                                     std::mt19937_64& rng)
{
    std::map<int, std::vector<int>> members;
    for (int r = 0; r < int(truth.labels.size()); ++r) {
        for (int label : truth.labels[std::size_t(r)])
            members[label].push_back(r);
    }
    double euclidWins = 0, cosineWins = 0;
    int trials = 0;
    for (int repeat = 0; repeat < kSeedRepeats; ++repeat) {
        for (const auto& [label, rows] : members) {
            std::vector<int> others;
            for (int r = 0; r < vectors.rows; ++r) {
                const auto& ls = truth.labels[std::size_t(r)];
                if (std::find(ls.begin(), ls.end(), label) == ls.end())
                    others.push_back(r);
            }
            if (rows.size() < 2 || others.empty())
                continue;
            const int anchor = rows[std::uniform_int_distribution<std::size_t>(0, rows.size() - 1)(rng)];
            std::vector<int> same;
            std::copy_if(rows.begin(), rows.end(), std::back_inserter(same),
                         [&](int r) { return r != anchor; });
            std::shuffle(same.begin(), same.end(), rng);
            std::shuffle(others.begin(), others.end(), rng);
            const std::size_t n =
                std::min<std::size_t>({std::size_t(kSeedSamples), same.size(), others.size()});
            double intraE = 0, interE = 0, intraC = 0, interC = 0;
            for (std::size_t i = 0; i < n; ++i) {
                intraE += euclidean(vectors.row(anchor), vectors.row(same[i]), vectors.cols);
                interE += euclidean(vectors.row(anchor), vectors.row(others[i]), vectors.cols);
                intraC += cosineDistance(vectors.row(anchor), vectors.row(same[i]), vectors.cols);
                interC += cosineDistance(vectors.row(anchor), vectors.row(others[i]), vectors.cols);
            }
            euclidWins += intraE < interE;
            cosineWins += intraC < interC;
            ++trials;
        }
    }
    return trials ? std::pair{euclidWins / trials, cosineWins / trials} : std::pair{0.0, 0.0};
}

} // namespace

EvaluationResult Evaluator::evaluate(const FeatureMatrix& vectors, const EvaluationLabels& truth,
                                     std::vector<int> queries, std::uint64_t seed)
{
    EvaluationResult result;
    result.tracks = vectors.rows;
    result.labels = truth.labelCount;
    if (queries.empty()) {
        queries.resize(std::size_t(vectors.rows));
        std::iota(queries.begin(), queries.end(), 0);
    }
    result.queries = int(queries.size());
    const FeatureMatrix unit = normalised(vectors);

    std::vector<int> occurrences(std::size_t(vectors.rows), 0);
    std::vector<bool> isQuery(std::size_t(vectors.rows), false);
    for (int q : queries)
        isQuery[std::size_t(q)] = true;
    for (int r = 0; r < vectors.rows; ++r) {
        const std::vector<float> sims = similarities(unit, r);
        const std::vector<int> top = topK(sims, r, kTop, [](int) { return true; });
        for (int n : top)
            ++occurrences[std::size_t(n)];
        if (!isQuery[std::size_t(r)])
            continue;
        const std::vector<int> filtered =
            topK(sims, r, kTop, [&](int n) { return otherOwner(truth.groups, r, n); });
        const std::vector<int> albumFiltered =
            topK(sims, r, kTop, [&](int n) { return otherOwner(truth.albums, r, n); });
        result.pAt10 += precision(top, truth, r);
        result.pAt10Filtered += precision(filtered, truth, r);
        result.pAt10AlbumFiltered += precision(albumFiltered, truth, r);
        result.knn5Accuracy += knnCorrect(top, truth, r);
    }
    const double q = std::max(1, result.queries);
    result.pAt10 /= q;
    result.pAt10Filtered /= q;
    result.pAt10AlbumFiltered /= q;
    result.knn5Accuracy /= q;
    const auto hubs = std::count_if(occurrences.begin(), occurrences.end(),
                                    [](int count) { return count > kHubFactor * kTop; });
    result.hubShare = vectors.rows ? double(hubs) / vectors.rows : 0;

    const Chance chance = chanceLevels(truth, queries);
    result.pAt10Chance = chance.pAt10;
    result.pAt10FilteredChance = chance.pAt10Filtered;
    result.pAt10AlbumFilteredChance = chance.pAt10AlbumFiltered;
    result.knn5Chance = chance.knn;
    std::mt19937_64 rng(seed);
    std::tie(result.seedMetricEuclidean, result.seedMetricCosine) = seedMetric(vectors, truth, rng);
    return result;
}

double Evaluator::precisionAtK(const FeatureMatrix& vectors, const std::vector<int>& labels,
                               const std::vector<int>& queries, int k)
{
    const FeatureMatrix unit = normalised(vectors);
    double total = 0;
    for (int q : queries) {
        const std::vector<int> top = topK(similarities(unit, q), q, k, [](int) { return true; });
        const auto hits = std::count_if(
            top.begin(), top.end(), [&](int n) { return labels[std::size_t(n)] == labels[std::size_t(q)]; });
        total += top.empty() ? 0 : double(hits) / double(top.size());
    }
    return queries.empty() ? 0 : total / double(queries.size());
}

} // namespace soundalike
