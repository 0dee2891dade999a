#pragma once

#include "core/analysis/Decoder.h"
#include "core/analysis/HalfbandDecimator.h"
#include "core/common/AudioFingerprint.h"

#include <cstdint>
#include <memory>
#include <vector>

struct ChromaprintContextPrivate;

namespace soundalike {

// Chromaprint's fingerprint of the audio an analysis has already decoded, so that finding copies of one
// recording costs no second decode. Chromaprint is meant for the first two minutes of a track (AcoustID's
// database holds those); within one library any part does, as long as every copy is fingerprinted from the
// same part: the analysis excerpt is centred on the track, so is the fingerprinted stretch, and its start
// goes with it to align copies whose lengths differ a little. One per thread.
class Fingerprinter
{
public:
    // The middle this-many seconds of the excerpt: plenty to tell recordings apart (AcoustID matches on much
    // less), half the cost and storage of the whole 120-s excerpt.
    static constexpr double kSeconds = 60.0;

    Fingerprinter();
    ~Fingerprinter();
    Fingerprinter(const Fingerprinter&) = delete;
    Fingerprinter& operator=(const Fingerprinter&) = delete;

    [[nodiscard]] AudioFingerprint fingerprint(const DecodedExcerpt& excerpt);

private:
    ChromaprintContextPrivate* m_context;
    HalfbandDecimator m_decimator;
    std::vector<float> m_half;
    std::vector<std::int16_t> m_pcm;
};

} // namespace soundalike
