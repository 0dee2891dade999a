#pragma once

#include "core/embedding/Evaluator.h"
#include "core/embedding/SimilarityLearner.h"

#include <QString>

namespace soundalike {

// What `eval` ranks neighbours by.
enum class EvaluatedFeatures
{
    Model,      // the current model, or a fresh one with a holdout
    Raw,        // the standardised summary descriptors, no model: the baseline
    RawSegments // the mean of each track's standardised segment descriptors, no model
};

struct EvaluationRequest
{
    QString labelsFile; // empty: labels from the genre tags
    EvaluatedFeatures features = EvaluatedFeatures::Model;
    double holdout = 0; // > 0: train a fresh model without the labels of this share of tracks
    LearnOptions learn; // for the fresh model
    std::uint64_t seed = 1;
};

struct EvaluationReport
{
    EvaluationResult result;
    QString model; // what was evaluated, e.g. "raw", "model 3", "holdout triplet (labels)"
};

// `soundalike-cli eval`: the figures of section 6 of the design on the library's analysed, labelled tracks.
class SimilarityEvaluation
{
public:
    // `backend` may be null for a raw evaluation. Throws std::runtime_error / std::invalid_argument with a
    // message for the user.
    static EvaluationReport run(const QString& databasePath, EmbeddingBackend* backend,
                                const EvaluationRequest& request, const EmbeddingBackend::Progress& progress,
                                const std::atomic_bool& cancel);
};

} // namespace soundalike
