#include "core/embedding/EmbeddingBackend.h"
#include "core/embedding/Trainer.h"

#include <torch/version.h>

namespace soundalike {

namespace {

class TorchBackend final : public EmbeddingBackend
{
public:
    QString runtimeVersion() const override { return QStringLiteral(TORCH_VERSION); }

    std::unique_ptr<EmbeddingModel> train(const TrainingData& data, const TrainOptions& options,
                                          const Progress& progress, const std::atomic_bool& cancel) override
    {
        return Trainer(data, options).run(progress, cancel);
    }

    std::unique_ptr<EmbeddingModel> load(const QString& path, QString* error) override
    {
        return TorchModel::load(path, error);
    }
};

} // namespace

} // namespace soundalike

extern "C" __attribute__((visibility("default"))) soundalike::EmbeddingBackend*
soundalike_create_embedding_backend()
{
    return new soundalike::TorchBackend;
}
