#pragma once

#include "core/common/AudioFingerprint.h"

#include <cstdint>
#include <vector>

namespace soundalike {

struct FingerprintComparison
{
    double bitErrorRate = 1.0; // differing bits ÷ compared bits at the best alignment; 0.5 is unrelated audio
    int shift = 0;             // items b is shifted by against the alignment the start times give
    int overlap = 0;           // items compared at that alignment
};

// Tells whether two fingerprints are one recording, the way Chromaprint's own tools do: align the 32-bit
// items, count differing bits (popcount of XOR), and allow a small shift, since copies of one recording
// differ in encoder delay, padding and trimmed silence.
class FingerprintMatcher
{
public:
    // Chromaprint's default algorithm: a 4096-sample frame every 1365 samples at 11,025 Hz.
    static constexpr double kItemSeconds = 1365.0 / 11025.0;
    static constexpr int kMaxShift = 40;   // items, ~5 s either way of where the start times align them
    static constexpr int kMinOverlap = 40; // ~5 s compared at least
    static constexpr double kSameRecording = 0.15;
    // Candidate keys per fingerprint (see keys()).
    static constexpr int kKeys = 24;

    [[nodiscard]] static FingerprintComparison compare(const AudioFingerprint& a, const AudioFingerprint& b);
    [[nodiscard]] static bool sameRecording(const AudioFingerprint& a, const AudioFingerprint& b);

    // A small sketch for finding candidates without comparing every pair: the kKeys distinct items of
    // smallest hash (a bottom-k MinHash of the set of items). Two fingerprints share a key with a probability
    // that grows with the share of items they have in common, which copies of one recording have in
    // quantity and unrelated ones almost never. Stable across runs: the hash is fixed.
    [[nodiscard]] static std::vector<std::uint32_t> keys(const AudioFingerprint& fingerprint);
};

} // namespace soundalike
