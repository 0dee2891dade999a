#pragma once

#include "core/embedding/LearnOptions.h"

namespace soundalike {

// The similarity model as the app's Settings keep it: how to learn it (the options `soundalike-cli train`
// takes) and whether the app learns a new one by itself when one is due.
struct ModelOptions
{
    LearnOptions learn;
    bool trainAutomatically = true; // after analysis, whenever TrainingPolicy says a model is due
};

} // namespace soundalike
