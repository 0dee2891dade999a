#pragma once

#include "core/search/NeighbourGraph.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace soundalike {

struct TsneOptions
{
    double perplexity = 30;
    bool uniform = false; // p_j|i = 1/k over the graph's k neighbours instead of the perplexity's Gaussian
    int exaggerationIterations = 250;
    int iterations = 500; // after the early exaggeration
    float theta = 0.5f;
    int threads = 2;
};

// t-SNE (van der Maaten & Hinton 2008) with sparse input affinities from the k-NN graph (k = 3 x perplexity)
// and Barnes-Hut repulsion (van der Maaten 2014), with the settings of openTSNE: early exaggeration 12,
// learning rate n / 12, momentum 0.5 then 0.8, delta-bar-delta gains. Starts from `start` (x, y interleaved,
// rescaled to a standard deviation of 1e-4). Progress reports iterations done; nullopt when cancelled.
[[nodiscard]] std::optional<std::vector<float>>
tsneLayout(const NeighbourGraph& graph, std::vector<float> start, const TsneOptions& options,
           const std::function<void(int, int)>& progress, const std::atomic_bool& cancel);

} // namespace soundalike
