#include "core/common/MpegVbrHeader.h"

#include "core/common/MpegFrameHeader.h"

#include <array>
#include <cstring>

#include <unistd.h>

namespace soundalike {

namespace {

constexpr std::size_t kSearched = 4096; // bytes after the tag in which the first frame must begin

std::uint32_t bigEndian(const unsigned char* bytes)
{
    return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 | std::uint32_t(bytes[2]) << 8 |
           std::uint32_t(bytes[3]);
}

// Where the audio begins: after an ID3v2 tag (its size is "syncsafe", 7 bits a byte) and its footer, if any.
std::int64_t afterId3v2(int fd)
{
    std::array<unsigned char, 10> tag{};
    if (::pread(fd, tag.data(), tag.size(), 0) != ssize_t(tag.size()) ||
        std::memcmp(tag.data(), "ID3", 3) != 0)
        return 0;
    const std::int64_t size = std::int64_t(tag[6] & 0x7f) << 21 | std::int64_t(tag[7] & 0x7f) << 14 |
                              std::int64_t(tag[8] & 0x7f) << 7 | std::int64_t(tag[9] & 0x7f);
    return 10 + size + ((tag[5] & 0x10) ? 10 : 0);
}

// Layer III's side information, which the Xing header follows: by MPEG version and mono or not.
std::size_t sideInformation(const MpegFrameHeader& header, const unsigned char* bytes)
{
    const bool mono = ((bytes[3] >> 6) & 3) == 3;
    if (header.version == 1)
        return mono ? 17 : 32;
    return mono ? 9 : 17;
}

} // namespace

std::optional<MpegVbrHeader> MpegVbrHeader::read(int fd)
{
    MpegVbrHeader found;
    const std::int64_t start = afterId3v2(fd);
    std::array<unsigned char, kSearched> head{};
    const ssize_t got = ::pread(fd, head.data(), head.size(), off_t(start));
    if (got < 4)
        return std::nullopt;
    const std::size_t size = std::size_t(got);
    for (std::size_t at = 0; at + 4 <= size; ++at) {
        const std::optional<MpegFrameHeader> header = MpegFrameHeader::parse(head.data() + at);
        if (!header)
            continue;
        found.audioStart = start + std::int64_t(at);
        const std::size_t xing = at + 4 + sideInformation(*header, head.data() + at);
        if (xing + 16 <= size &&
            (std::memcmp(&head[xing], "Xing", 4) == 0 || std::memcmp(&head[xing], "Info", 4) == 0)) {
            const std::uint32_t flags = bigEndian(&head[xing + 4]);
            std::size_t field = xing + 8;
            if (flags & 1)
                field += 4; // the frame count
            if ((flags & 2) && field + 4 <= size)
                found.bytes = bigEndian(&head[field]);
            return found;
        }
        const std::size_t vbri = at + 4 + 32; // Fraunhofer's header sits at a fixed place
        if (vbri + 18 <= size && std::memcmp(&head[vbri], "VBRI", 4) == 0) {
            found.bytes = bigEndian(&head[vbri + 10]);
            return found;
        }
        return std::nullopt; // the first frame is plain audio
    }
    return std::nullopt;
}

} // namespace soundalike
