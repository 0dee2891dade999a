// Fuzzes the analysis decoder (core/analysis Decoder: the format sniffing, then Mpg123Stream over libmpg123
// or FfmpegStream over FFmpeg with RateConverter, and the excerpt planning) on arbitrary bytes, read from a
// file by name as the analyser reads tracks. The seeds hold every supported format.
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
    std::size_t inRanges = 0;
    for (const DecodedRange& range : excerpt.ranges) {
        FUZZ_CHECK(range.firstSample == inRanges && range.samples > 0);
        inRanges += range.samples;
    }
    FUZZ_CHECK(inRanges == excerpt.samples.size());
    return 0;
}
