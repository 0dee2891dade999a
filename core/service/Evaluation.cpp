#include "core/service/Evaluation.h"

#include "core/embedding/EmbeddingModule.h"

#include <stdexcept>

namespace soundalike {

EvaluationReport Evaluation::run(const QString& databasePath, const EvaluationRequest& request,
                                 const std::atomic_bool& cancel)
{
    std::unique_ptr<EmbeddingBackend> backend;
    if (request.features == EvaluatedFeatures::Model) {
        QString error;
        backend = EmbeddingModule::load(&error);
        if (!backend)
            throw std::runtime_error(error.toStdString());
    }
    return SimilarityEvaluation::run(databasePath, backend.get(), request, {}, cancel);
}

} // namespace soundalike
