#include "core/embedding/EmbeddingBackend.h"

#include <torch/version.h>

namespace soundalike {

namespace {

class TorchBackend final : public EmbeddingBackend
{
public:
    QString runtimeVersion() const override { return QStringLiteral(TORCH_VERSION); }
};

} // namespace

} // namespace soundalike

extern "C" __attribute__((visibility("default"))) soundalike::EmbeddingBackend*
soundalike_create_embedding_backend()
{
    return new soundalike::TorchBackend;
}
