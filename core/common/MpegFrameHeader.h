#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace soundalike {

// The four-byte header of an MPEG-1/2/2.5 audio frame (layers I-III), enough to find the next frame.
struct MpegFrameHeader
{
    int version = 0; // 1: MPEG-1, 2: MPEG-2, 25: MPEG-2.5
    int layer = 0;
    int sampleRate = 0;
    int frameBytes = 0; // 0 for free format, whose frames carry no length

    [[nodiscard]] static std::optional<MpegFrameHeader> parse(const unsigned char* bytes);

    // Whether `head` (the file's start, after any ID3v2 tag) holds MPEG audio: a frame header within its
    // first bytes followed by a second one of the same stream where the first frame ends, or by the file's
    // end. One lone header is too weak: two random bytes in 2,000 look like a sync word.
    using ReadAt = std::function<std::size_t(std::uint64_t offset, std::span<unsigned char> bytes)>;
    [[nodiscard]] static bool findStream(const std::vector<unsigned char>& head, const ReadAt& readAt);
};

} // namespace soundalike
