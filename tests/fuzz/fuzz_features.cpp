// Fuzzes the descriptor extractor (core/analysis FeatureExtractor) on arbitrary PCM. The first four bytes
// give the excerpt's length in samples (little-endian, taken modulo kMaxSamples + 1, so 0 is possible); the
// rest are raw 32-bit float samples, NaN, infinities, denormals and huge values included, repeated to fill
// that length, so that a short input can stand for a long excerpt with several segments.
#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FeatureExtractor.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

using namespace soundalike;

namespace {

constexpr std::size_t kMaxSamples = 16 * analysis::kSampleRate; // up to two segments

std::vector<float> excerptFrom(const std::uint8_t* data, std::size_t size)
{
    std::uint32_t length = 0;
    if (size < sizeof length)
        return {};
    std::memcpy(&length, data, sizeof length);
    std::vector<float> samples(length % (kMaxSamples + 1), 0.0f);
    const std::size_t pattern = (size - sizeof length) / sizeof(float);
    for (std::size_t i = 0; pattern > 0 && i < samples.size(); ++i)
        std::memcpy(&samples[i], data + sizeof length + (i % pattern) * sizeof(float), sizeof(float));
    return samples;
}

void checkDescriptor(const AudioDescriptor& descriptor)
{
    FUZZ_CHECK(descriptor.version == DescriptorLayout::kVersion);
    FUZZ_CHECK(descriptor.dimensions() == DescriptorLayout::dimensions());
    FUZZ_CHECK(descriptor.segmentCount() >= 1);
    FUZZ_CHECK(descriptor.segments.size() ==
               std::size_t(descriptor.segmentCount()) * descriptor.summary.size());
    for (const float v : descriptor.summary)
        FUZZ_CHECK(std::isfinite(v));
    for (const float v : descriptor.segments)
        FUZZ_CHECK(std::isfinite(v));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<float> samples = excerptFrom(data, size);
    // One extractor describes many tracks in the analyser, so it runs twice here: the whole excerpt, then its
    // first half with the buffers the first run left behind.
    FeatureExtractor extractor;
    const std::size_t half = samples.size() / 2;
    checkDescriptor(extractor.extract(samples));
    checkDescriptor(extractor.extract(std::span<float>(samples).first(half)));
    return 0;
}
