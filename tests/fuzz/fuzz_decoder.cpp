// Fuzzes the mp3 decode wrapper (core/analysis Decoder, over libmpg123) on arbitrary bytes, read from a file
// by name as the analyser reads tracks.
#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/Decoder.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/MemoryFile.h"

#include <cstddef>
#include <cstdint>

using namespace soundalike;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::MemoryFile file;
    file.assign(data, size);
    Decoder decoder;
    DecodedExcerpt excerpt;
    const QString problem = decoder.decode(file.path(), excerpt);
    const double decodedSeconds = double(excerpt.samples.size()) / analysis::kSampleRate;
    FUZZ_CHECK(problem.isEmpty() != excerpt.samples.empty());
    FUZZ_CHECK(decodedSeconds <= Decoder::kDefaultExcerptSeconds);
    FUZZ_CHECK(excerpt.startSeconds >= 0);
    FUZZ_CHECK(excerpt.trackSeconds + 1e-9 >= excerpt.startSeconds + decodedSeconds);
    return 0;
}
