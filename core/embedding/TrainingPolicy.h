#pragma once

#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/SimilarityLearner.h"

namespace soundalike {

class Database;

// When the library's similarity model is due for training without anyone asking: once enough tracks are
// analysed and there is no usable model for the current descriptors (when an older version's model still
// serves, once the library is nearly all analysed again), and again when the analysed library has grown by a
// fifth since the model was trained. Training by hand (`soundalike-cli train`, the app's "Retrain
// now") does not ask.
class TrainingPolicy
{
public:
    // Below as many tracks as labelled training needs, a model learns little the descriptors do not know.
    static constexpr int kMinTracks = SimilarityLearner::kMinLabelledTracks;
    static constexpr double kGrowth = 1.2;
    // After a descriptor version change: the share of the library analysed again before its first new model.
    static constexpr double kReanalysedShare = 0.9;

    struct Decision
    {
        bool due = false;
        int analysedTracks = 0;
        int trainedOnTracks = 0; // by the current model; 0 when there is none
    };

    // `currentVersion` is DescriptorLayout::kVersion except in tests of an upgrade.
    static Decision check(Database& db, int currentVersion = DescriptorLayout::kVersion);
};

} // namespace soundalike
