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
// items, count differing bits (popcount of XOR) and take the best alignment: near the one the start times
// give (copies differ in encoder delay, padding, trimmed silence), or where the most items are equal.
class FingerprintMatcher
{
public:
    // Chromaprint's default algorithm: a 4096-sample frame every 1365 samples at 11,025 Hz.
    static constexpr double kItemSeconds = 1365.0 / 11025.0;
    static constexpr int kMaxShift = 40;      // items, ~5 s either way of where the start times align them
    static constexpr int kAlignmentPeaks = 3; // and around the offsets where the most items are equal
    static constexpr int kMinOverlap = 40;    // ~5 s compared at least
    // Measured on real music (docs/performance.md, bench_fingerprint): copies re-encoded at 96 kbps stay at
    // or below 0.06; the closest two different recordings of 231 were at 0.155, the median pair at 0.50.
    static constexpr double kSameRecording = 0.10;
    // Candidate keys per fingerprint (see keys()).
    static constexpr int kKeys = 24;

    [[nodiscard]] static FingerprintComparison compare(const AudioFingerprint& a, const AudioFingerprint& b);
    [[nodiscard]] static bool sameRecording(const AudioFingerprint& a, const AudioFingerprint& b);

    // What a fingerprint is found by without comparing every pair: the kKeys distinct items of smallest hash
    // (a bottom-k sample, the same items whichever copy they come from). A new track looks up all its items
    // among the stored keys: a copy holds each of the other's keys with the probability that one item of
    // the copy is equal, over 0.15 at the worst re-encode measured, so missing all of them is rare; unrelated
    // recordings share almost no 32-bit item. Stable across runs: the hash is fixed.
    [[nodiscard]] static std::vector<std::uint32_t> keys(const AudioFingerprint& fingerprint);
    // A fingerprint's distinct items, to look up among the stored keys.
    [[nodiscard]] static std::vector<std::uint32_t> distinctItems(const AudioFingerprint& fingerprint);
};

} // namespace soundalike
