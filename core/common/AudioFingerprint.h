#pragma once

#include <cstdint>
#include <vector>

namespace soundalike {

// A Chromaprint fingerprint of part of a track: one 32-bit sub-fingerprint per
// FingerprintMatcher::kItemSeconds of audio, the first for the audio that begins `startSeconds` into the
// track. Empty when the decoded audio was too short to fingerprint.
struct AudioFingerprint
{
    std::vector<std::uint32_t> items;
    double startSeconds = 0;
};

} // namespace soundalike
