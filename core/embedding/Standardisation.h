#pragma once

#include "core/embedding/FeatureMatrix.h"

#include <vector>

namespace soundalike {

// Per-column mean and inverse standard deviation, ignoring NaN/Inf. A constant column gets inverse 0: it
// carries nothing, and scaling it up would only amplify rounding noise.
struct Standardisation
{
    std::vector<float> mean;
    std::vector<float> inverseStd;

    static Standardisation of(const FeatureMatrix& m);
    // z-scores; NaN/Inf become 0 (the mean).
    FeatureMatrix apply(const FeatureMatrix& m) const;
};

} // namespace soundalike
