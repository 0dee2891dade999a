// Fuzzes what lies behind the model file's checksum: the input is taken as the libtorch archive of an intact
// model file (sealed with a correct checksum), so that libtorch's reader and our checks of what it read
// (format, options, tensor shapes) see any archive. libtorch is not instrumented; its own failures are noted
// in tests/sanitize/lsan.supp and docs.
#include "core/embedding/ModelFile.h"
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
    const QByteArray sealed =
        ModelFile::seal(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    file.assign(reinterpret_cast<const std::uint8_t*>(sealed.constData()), std::size_t(sealed.size()));
    fuzz::ModelLoading::loadAndCheck(file.path());
    return 0;
}
