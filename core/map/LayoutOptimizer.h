#pragma once

#include "core/map/MembershipWeights.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>

namespace soundalike {

// One run of UMAP's stochastic gradient descent (McInnes et al. 2018, section 3.2 and its reference code):
// every edge pulls its ends together about as often as its strength says, and each pull comes with a few
// pushes away from points drawn at random, which stand in for the n² repulsions of t-SNE.
struct OptimiserRun
{
    std::span<float> xy; // x, y interleaved per point; moved in place
    const WeightedEdges* edges = nullptr;
    int epochs = 200;
    // Whether an edge's tail moves too (a full layout) or stays put (placing new points beside fixed ones).
    bool moveTails = true;
    // Points drawn for pushes are the first `pushRange` points: all of them, or only the fixed ones.
    std::uint32_t pushRange = 0;
    int pushesPerPull = 5;
    // The step size at the first epoch, falling linearly to zero at the last.
    float learningRate = 1.0f;
    int threads = 1;
    std::uint64_t seed = 1;
};

// Reports epochs done out of the run's epochs.
using EpochProgress = std::function<void(int done, int epochs)>;

// Runs the descent on `run.threads` threads (lock-free, each on its own share of the edges, as UMAP's
// parallel mode does); one thread gives the same map for the same seed. Checks `cancel` after every epoch:
// false when it stopped there.
[[nodiscard]] bool optimiseLayout(const OptimiserRun& run, const EpochProgress& progress,
                                  const std::atomic_bool& cancel);

} // namespace soundalike
