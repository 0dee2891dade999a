#include "core/analysis/FingerprintMatcher.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace soundalike {

namespace {

// Differing bits between a[i] and b[i + offset] over their overlap; the overlap in `overlap`.
std::uint64_t differingBits(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                            int offset, int& overlap)
{
    const int first = std::max(0, -offset);
    const int last = std::min(int(a.size()), int(b.size()) - offset);
    overlap = std::max(0, last - first);
    std::uint64_t bits = 0;
    for (int i = first; i < last; ++i)
        bits += std::uint64_t(std::popcount(a[std::size_t(i)] ^ b[std::size_t(i + offset)]));
    return bits;
}

// The offsets (index in b − index in a) at which the most items are equal, most first: where a copy lines up
// whatever its start times say (a length misread from a VBR file without a header moves the centred excerpt).
std::vector<int> likelyOffsets(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                               int count)
{
    constexpr int kMostRepeats =
        8; // an item this common in b (silence, a held note) says nothing of alignment
    std::vector<std::pair<std::uint32_t, int>> sorted(b.size());
    for (std::size_t j = 0; j < b.size(); ++j)
        sorted[j] = {b[j], int(j)};
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> votes(a.size() + b.size(), 0); // offset + a.size()
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto [first, last] =
            std::equal_range(sorted.begin(), sorted.end(), std::pair{a[i], -1},
                             [](const auto& x, const auto& y) { return x.first < y.first; });
        if (last - first > kMostRepeats)
            continue;
        for (auto it = first; it != last; ++it)
            ++votes[std::size_t(it->second) + a.size() - i];
    }
    std::vector<int> offsets;
    for (int n = 0; n < count; ++n) {
        const auto peak = std::max_element(votes.begin(), votes.end());
        if (*peak < 2)
            break;
        offsets.push_back(int(peak - votes.begin()) - int(a.size()));
        *peak = 0;
    }
    return offsets;
}

// A fixed 32-bit mixer (the finaliser of MurmurHash3), so that the smallest hashes are a random-like sample.
std::uint32_t mix(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

} // namespace

FingerprintComparison FingerprintMatcher::compare(const AudioFingerprint& a, const AudioFingerprint& b)
{
    FingerprintComparison best;
    if (a.items.empty() || b.items.empty())
        return best;
    const auto tryOffset = [&](int offset, int shift) {
        int overlap = 0;
        const std::uint64_t bits = differingBits(a.items, b.items, offset, overlap);
        if (overlap < kMinOverlap)
            return;
        const double rate = double(bits) / (32.0 * overlap);
        if (rate < best.bitErrorRate)
            best = {rate, shift, overlap};
    };
    // a[i] is heard at a.start + i·T, b[j] at b.start + j·T: the same moment when j = i + (a.start −
    // b.start)/T.
    const int expected = int(std::lround((a.startSeconds - b.startSeconds) / kItemSeconds));
    for (int shift = -kMaxShift; shift <= kMaxShift; ++shift)
        tryOffset(expected + shift, shift);
    for (const int peak : likelyOffsets(a.items, b.items, kAlignmentPeaks)) {
        for (int near = -2; near <= 2; ++near)
            tryOffset(peak + near, peak + near - expected);
    }
    return best;
}

bool FingerprintMatcher::sameRecording(const AudioFingerprint& a, const AudioFingerprint& b)
{
    return compare(a, b).bitErrorRate <= kSameRecording;
}

std::vector<std::uint32_t> FingerprintMatcher::distinctItems(const AudioFingerprint& fingerprint)
{
    std::vector<std::uint32_t> items = fingerprint.items;
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

std::vector<std::uint32_t> FingerprintMatcher::keys(const AudioFingerprint& fingerprint)
{
    std::vector<std::uint32_t> items = distinctItems(fingerprint);
    const auto byHash = [](std::uint32_t x, std::uint32_t y) { return mix(x) < mix(y); };
    const std::size_t count = std::min(items.size(), std::size_t(kKeys));
    std::partial_sort(items.begin(), items.begin() + std::ptrdiff_t(count), items.end(), byHash);
    items.resize(count);
    return items;
}

} // namespace soundalike
