// Fuzzes the model-file loader (core/embedding ModelFile and TorchModel::load, reached through the embedding
// module as the program reaches it) on arbitrary bytes. A damaged file must be refused with a reason before
// libtorch reads it; a file that loads must embed a row into finite values of the width it declares.
// run.sh gives this target -use_cmp=0: with comparison hints libFuzzer learns to forge the file's SHA-256,
// and what libtorch 1.13 makes of a hostile archive with a valid checksum (it crashes) is not ours to fuzz.
#include "core/embedding/EmbeddingModule.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/MemoryFile.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace soundalike;

namespace {

// Inputs wider than this are not embedded: a valid file may declare any width, and a row of a billion floats
// would measure the allocator, not the loader.
constexpr int kMaxEmbeddedWidth = 1 << 16;

std::unique_ptr<EmbeddingBackend> g_backend;

} // namespace

// Loading the module pulls in libtorch's ~290 libraries; done once, before fuzzing starts, so that the
// module's coverage counters are known to libFuzzer from the first input on.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QString error;
    g_backend = EmbeddingModule::load(&error);
    if (!g_backend) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::MemoryFile file;
    file.assign(data, size);
    QString error;
    const auto model = g_backend->load(QString::fromStdString(file.path()), &error);
    FUZZ_CHECK(!model == !error.isEmpty());
    if (!model || model->inputDim() > kMaxEmbeddedWidth)
        return 0;
    FUZZ_CHECK(model->inputDim() > 0 && model->outputDim() > 0);
    const FeatureMatrix embedded = model->embed(FeatureMatrix(1, model->inputDim()));
    FUZZ_CHECK(embedded.rows == 1 && embedded.cols == model->outputDim());
    FUZZ_CHECK(embedded.values.size() == std::size_t(model->outputDim()));
    for (const float v : embedded.values)
        FUZZ_CHECK(std::isfinite(v));
    return 0;
}
