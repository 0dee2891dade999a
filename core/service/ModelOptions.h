#pragma once

#include "core/embedding/EmbeddingBackend.h"

namespace soundalike {

// The similarity model options a person can change in the app; the rest are the trainer's defaults, as on
// the command line (`soundalike-cli train`).
struct ModelOptions
{
    static constexpr int kMinDim = 2;
    static constexpr int kMaxDim = 512;
    static constexpr int kMaxEpochs = 10000;

    MetricLoss loss = TrainOptions().loss;
    int dim = TrainOptions().dim;
    int epochs = TrainOptions().epochs;
    bool trainAutomatically = true; // after analysis, whenever TrainingPolicy says a model is due
};

} // namespace soundalike
