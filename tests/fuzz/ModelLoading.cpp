#include "tests/fuzz/ModelLoading.h"

#include "core/embedding/EmbeddingModule.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cmath>

namespace soundalike::fuzz {

namespace {

// Inputs wider than this are not embedded: a valid file may declare any width, and a row of a billion floats
// would measure the allocator, not the loader.
constexpr int kMaxEmbeddedWidth = 1 << 16;

std::unique_ptr<EmbeddingBackend> g_backend;

} // namespace

void ModelLoading::loadModule()
{
    QString error;
    g_backend = EmbeddingModule::load(&error);
    if (!g_backend) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::abort();
    }
}

void ModelLoading::loadAndCheck(const std::string& path)
{
    QString error;
    const auto model = g_backend->load(QString::fromStdString(path), &error);
    FUZZ_CHECK(!model == !error.isEmpty());
    if (!model || model->inputDim() > kMaxEmbeddedWidth)
        return;
    FUZZ_CHECK(model->inputDim() > 0 && model->outputDim() > 0);
    const FeatureMatrix embedded = model->embed(FeatureMatrix(1, model->inputDim()));
    FUZZ_CHECK(embedded.rows == 1 && embedded.cols == model->outputDim());
    FUZZ_CHECK(embedded.values.size() == std::size_t(model->outputDim()));
    for (const float v : embedded.values)
        FUZZ_CHECK(std::isfinite(v));
}

} // namespace soundalike::fuzz
