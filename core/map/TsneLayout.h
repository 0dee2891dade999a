#pragma once

#include "core/search/NeighbourGraph.h"

#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace soundalike {

struct TsneOptions
{
    int exaggerationIterations = 250;
    int iterations = 500; // after the early exaggeration
    float theta = 0.5f;   // Barnes-Hut: cells that look smaller than this from a point count as one
    // The output kernel (1 + d^2 / dof)^-dof: 1 is t-SNE's Cauchy kernel; below 1 its heavier tail pulls
    // clusters further apart (Kobak et al., ECML PKDD 2019), which breaks a small library's map into islands
    // (docs/quality.md), so only the map benchmark sets it.
    float dof = 1.0f;
    int threads = 2;
};

// t-SNE (van der Maaten & Hinton 2008) with Barnes-Hut repulsion (van der Maaten 2014). The input affinities
// are uniform over each point's k nearest neighbours, symmetrised: with k = 15 that gives maps hardly
// different from perplexity 30 at a sixth of the neighbours (Böhm, Berens & Kobak, JMLR 2022), which was
// measured here too (docs/quality.md). Optimised as openTSNE does: early exaggeration 12 for 250
// iterations with momentum 0.5, then 500 with momentum 0.8, learning rate n / 12, delta-bar-delta gains.
// `start` (x, y interleaved by graph row) is rescaled to a standard deviation of 1e-4 first. Progress reports
// iterations done out of all; nullopt when cancelled (checked every iteration).
[[nodiscard]] std::optional<std::vector<float>>
tsneLayout(const NeighbourGraph& graph, std::vector<float> start, const TsneOptions& options,
           const std::function<void(int, int)>& progress, const std::atomic_bool& cancel);

// Settles new points among fixed ones: each new point (a row of `graph`, whose neighbours are rows of the
// placed points) starts at the median position of its neighbours and then follows the t-SNE gradient between
// it and the placed points alone (its attraction to its neighbours, the placed map's repulsion), as openTSNE
// places new data. Returns x, y interleaved per new point.
[[nodiscard]] std::vector<float> tsnePlacement(const NeighbourGraph& graph, std::span<const float> placedXY,
                                               int iterations, float dof);

} // namespace soundalike
