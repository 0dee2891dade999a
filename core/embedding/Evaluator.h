#pragma once

#include "core/embedding/FeatureMatrix.h"

#include <cstdint>
#include <vector>

namespace soundalike {

// Ground truth for an evaluation: every row has at least one label; a neighbour is relevant when it shares
// one with the query. Groups (artists) drive the artist filter: same-group neighbours are left out, since
// finding the same artist is easy and says little about similarity. Albums drive the album filter the same
// way: one album shares its production sound, which says even less about style.
struct EvaluationLabels
{
    std::vector<std::vector<int>> labels;
    std::vector<int> groups; // -1: unknown, never filtered
    std::vector<int> albums; // -1: unknown, never filtered; empty: no album known for any row
    int labelCount = 0;
};

struct EvaluationResult
{
    int tracks = 0;
    int queries = 0;
    int labels = 0;
    double pAt10 = 0;
    double pAt10Chance = 0;
    double pAt10Filtered = 0;
    double pAt10FilteredChance = 0;
    double pAt10AlbumFiltered = 0; // neighbours from the query's album left out
    double pAt10AlbumFilteredChance = 0;
    double knn5Accuracy = 0;
    double knn5Chance = 0;
    double hubShare = 0; // tracks in more than 5× their fair share of top-10 lists
    double seedMetricEuclidean = 0;
    double seedMetricCosine = 0;
    double seedMetricChance = 0.5;
};

// The field's neighbour metrics over cosine similarity (the product searches L2-normalised vectors by inner
// product, so evaluation ranks the same way), plus the research report's genre metric for continuity.
class Evaluator
{
public:
    // `queries` are row indices (empty: every row). Candidates are always all rows.
    static EvaluationResult evaluate(const FeatureMatrix& vectors, const EvaluationLabels& truth,
                                     std::vector<int> queries, std::uint64_t seed);

    // Precision@k by label over `queries`, neighbours drawn from all rows: the trainer's validation figure.
    static double precisionAtK(const FeatureMatrix& vectors, const std::vector<int>& labels,
                               const std::vector<int>& queries, int k);
};

} // namespace soundalike
