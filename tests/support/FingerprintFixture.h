#pragma once

#include "core/analysis/FingerprintMatcher.h"
#include "core/common/AudioFingerprint.h"
#include "tests/support/Mp3Fixture.h"

#include <algorithm>
#include <cstdint>

namespace soundalike::test {

// A song long enough for Chromaprint (it needs several seconds) and for a re-encode's encoder delay to be
// small beside it; short enough to make quickly. One seed and tempo make one recording.
inline AudioSpec fingerprintableSong(unsigned seed, double bpm, int bitrateKbps = 128)
{
    AudioSpec spec;
    spec.wave = AudioSpec::Wave::Music;
    spec.seconds = 40.0;
    spec.seed = seed;
    spec.bpm = bpm;
    spec.bitrateKbps = bitrateKbps;
    return spec;
}

// How many of one fingerprint's stored keys the other holds among its items, the better direction of the two:
// a new track finds a stored one by looking up all its items among the stored keys (DuplicateGrouping).
inline int keysFound(const AudioFingerprint& a, const AudioFingerprint& b)
{
    const auto count = [](const AudioFingerprint& stored, const AudioFingerprint& looking) {
        const auto keys = FingerprintMatcher::keys(stored);
        const auto items = FingerprintMatcher::distinctItems(looking);
        return int(std::count_if(keys.begin(), keys.end(), [&](std::uint32_t key) {
            return std::binary_search(items.begin(), items.end(), key);
        }));
    };
    return std::max(count(a, b), count(b, a));
}

} // namespace soundalike::test
