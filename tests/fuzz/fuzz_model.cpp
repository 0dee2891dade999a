// Fuzzes the model-file loader (core/embedding ModelFile and TorchModel::load, reached through the embedding
// module as the program reaches it) on arbitrary bytes: a damaged file must be refused with a reason, and
// nothing of it may reach libtorch (see fuzz_model_archive for what libtorch does with what does).
#include "tests/fuzz/MemoryFile.h"
#include "tests/fuzz/ModelLoading.h"

#include <cstddef>
#include <cstdint>

using namespace soundalike;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ModelLoading::loadModule();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::MemoryFile file;
    file.assign(data, size);
    fuzz::ModelLoading::loadAndCheck(file.path());
    return 0;
}
