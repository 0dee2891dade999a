// Fuzzes the analysis decoder (core/analysis Decoder: the format sniffing, then Mpg123Stream over libmpg123
// or FfmpegStream over FFmpeg with RateConverter, and the excerpt planning) on arbitrary bytes, read from a
// file by name as the analyser reads tracks; then the same bytes through readWhole, the streams in the file's
// own channels and rate that the whole-track loudness reads. The seeds hold every supported format.
#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/Decoder.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/MemoryFile.h"

#include <cstddef>
#include <cstdint>
#include <span>

using namespace soundalike;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::MemoryFile file;
    file.assign(data, size);
    Decoder decoder;
    DecodedExcerpt excerpt;
    const QString problem = decoder.decode(file.path(), excerpt).text();
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

    std::size_t wholeSamples = 0;
    const Reason wholeProblem =
        decoder.readWhole(file.path(), [&](std::span<const float> interleaved, int channels, int sampleRate) {
            FUZZ_CHECK(channels >= 1 && channels <= 2 && sampleRate > 0);
            FUZZ_CHECK(!interleaved.empty() && interleaved.size() % std::size_t(channels) == 0);
            wholeSamples += interleaved.size();
            return true;
        });
    FUZZ_CHECK(!wholeProblem.isEmpty() || wholeSamples > 0);
    return 0;
}
