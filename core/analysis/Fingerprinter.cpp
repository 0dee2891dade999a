#include "core/analysis/Fingerprinter.h"

#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/FingerprintMatcher.h"

#include <chromaprint.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace soundalike {

namespace {

constexpr int kChromaprintRate = analysis::kSampleRate / 2;
static_assert(kChromaprintRate == 11025, "Chromaprint's own rate, so that it resamples nothing");

} // namespace

Fingerprinter::Fingerprinter() : m_context(chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT))
{
    if (!m_context)
        throw std::runtime_error("Chromaprint could not start");
    // The matcher turns start times into item offsets with this item length.
    const double itemSeconds =
        double(chromaprint_get_item_duration(m_context)) / chromaprint_get_sample_rate(m_context);
    if (std::abs(itemSeconds - FingerprintMatcher::kItemSeconds) > 1e-9)
        throw std::runtime_error("Chromaprint's item length is not the one fingerprints are compared with");
}

Fingerprinter::~Fingerprinter()
{
    chromaprint_free(m_context);
}

AudioFingerprint Fingerprinter::fingerprint(const DecodedExcerpt& excerpt)
{
    AudioFingerprint result;
    if (excerpt.ranges.empty())
        return result;
    // The first range only: the default plan has one, and a stretch with a gap in it would not align.
    const DecodedRange& range = excerpt.ranges.front();
    const auto wanted = std::size_t(kSeconds * analysis::kSampleRate);
    const std::size_t skipped = range.samples > wanted ? (range.samples - wanted) / 2 : 0;
    const std::size_t count = std::min(range.samples, wanted);
    const float* samples = excerpt.samples.data() + range.firstSample + skipped;
    // Chromaprint works at 11,025 Hz. Halving the analysis rate with the analysis's own half-band filter
    // spares its general resampler, which cost more than the fingerprint itself (bench_fingerprint).
    m_half.clear();
    m_decimator.reset();
    m_decimator.process(samples, count, m_half);
    m_decimator.flush(m_half);
    m_pcm.resize(m_half.size());
    std::transform(m_half.begin(), m_half.end(), m_pcm.begin(),
                   [](float s) { return std::int16_t(std::lround(std::clamp(s, -1.0f, 1.0f) * 32767.0f)); });
    result.startSeconds = range.startSeconds + double(skipped) / analysis::kSampleRate;
    if (!chromaprint_start(m_context, kChromaprintRate, 1) ||
        !chromaprint_feed(m_context, m_pcm.data(), int(m_pcm.size())) || !chromaprint_finish(m_context))
        return result;
    std::uint32_t* items = nullptr;
    int size = 0;
    if (chromaprint_get_raw_fingerprint(m_context, &items, &size) && items) {
        result.items.assign(items, items + size);
        chromaprint_dealloc(items);
    }
    return result;
}

} // namespace soundalike
