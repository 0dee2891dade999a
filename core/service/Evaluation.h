#pragma once

#include "core/embedding/SimilarityEvaluation.h"

#include <atomic>

namespace soundalike {

// `soundalike-cli eval`: how well the library's neighbours share labels, with the libtorch module loaded only
// when a model is evaluated. On the calling thread; stops between batches once `cancel` is set. Throws
// std::runtime_error with a message for a person.
class Evaluation
{
public:
    [[nodiscard]] static EvaluationReport run(const QString& databasePath, const EvaluationRequest& request,
                                              const std::atomic_bool& cancel);
};

} // namespace soundalike
