#pragma once

#include <cstdint>
#include <optional>

namespace soundalike {

// What an mp3 says of its own stream in the Xing/Info or VBRI header that most encoders write into its first
// frame: among other things, how many bytes of audio it holds. Without such a header an mp3's length is a
// guess from its bitrate; with the byte count, a file far smaller than its stream is cut short (an
// interrupted copy of a 2:37 song held its first 20 KB and played for a second).
struct MpegVbrHeader
{
    std::int64_t audioStart = 0; // where the first frame begins, after any ID3v2 tag
    std::int64_t bytes = 0;      // the stream's size by the header; 0 when it does not say

    // Reads the header of the file open as `fd` (with pread: its offset is left alone); none when the first
    // frame holds no such header.
    [[nodiscard]] static std::optional<MpegVbrHeader> read(int fd);
};

} // namespace soundalike
