#include "core/common/MpegFrameHeader.h"

#include <array>

namespace soundalike {

namespace {

// kbit/s by bitrate index; rows: MPEG-1 layer I, II, III, then MPEG-2/2.5 layer I, then II and III.
constexpr std::array<std::array<int, 15>, 5> kBitrates{{
    {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
    {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
    {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
    {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
    {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
}};
constexpr std::array<int, 3> kMpeg1Rates{44100, 48000, 32000};

// The bytes that stay the same from frame to frame of one stream: sync, version, layer, sample rate.
bool sameStream(const unsigned char* a, const unsigned char* b)
{
    return a[0] == b[0] && (a[1] & 0xfe) == (b[1] & 0xfe) && (a[2] & 0x0c) == (b[2] & 0x0c);
}

} // namespace

std::optional<MpegFrameHeader> MpegFrameHeader::parse(const unsigned char* bytes)
{
    if (bytes[0] != 0xff || (bytes[1] & 0xe0) != 0xe0)
        return std::nullopt;
    const int versionBits = (bytes[1] >> 3) & 3;
    const int layerBits = (bytes[1] >> 1) & 3;
    const int bitrateIndex = bytes[2] >> 4;
    const int rateIndex = (bytes[2] >> 2) & 3;
    if (versionBits == 1 || layerBits == 0 || bitrateIndex == 15 || rateIndex == 3 || (bytes[3] & 3) == 2)
        return std::nullopt;
    MpegFrameHeader header;
    header.version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
    header.layer = 4 - layerBits;
    const int divisor = header.version == 1 ? 1 : header.version == 2 ? 2 : 4;
    header.sampleRate = kMpeg1Rates[std::size_t(rateIndex)] / divisor;
    const int row = header.version == 1 ? header.layer - 1 : header.layer == 1 ? 3 : 4;
    const int bitrate = kBitrates[std::size_t(row)][std::size_t(bitrateIndex)] * 1000;
    const bool padded = bytes[2] & 2;
    if (bitrate == 0)
        header.frameBytes = 0;
    else if (header.layer == 1)
        header.frameBytes = (12 * bitrate / header.sampleRate + (padded ? 1 : 0)) * 4;
    else {
        // Layer III of MPEG-2/2.5 has half as many samples per frame as MPEG-1.
        const int perFrame = header.layer == 3 && header.version != 1 ? 72 : 144;
        header.frameBytes = perFrame * bitrate / header.sampleRate + (padded ? 1 : 0);
    }
    return header;
}

bool MpegFrameHeader::findStream(const std::vector<unsigned char>& head, const ReadAt& readAt)
{
    for (std::size_t at = 0; at + 4 <= head.size(); ++at) {
        const std::optional<MpegFrameHeader> first = parse(head.data() + at);
        if (!first)
            continue;
        if (first->frameBytes == 0) {
            // Free format: frames have no stated length, so look for the same header further on.
            for (std::size_t next = at + 4; next + 4 <= head.size(); ++next) {
                if (sameStream(head.data() + at, head.data() + next))
                    return true;
            }
            continue;
        }
        std::array<unsigned char, 4> second{};
        const std::size_t got = readAt(at + std::size_t(first->frameBytes), second);
        if (got == 0 && at == 0)
            return true; // a stream of one frame, the whole file
        if (got == second.size() && sameStream(head.data() + at, second.data()) && parse(second.data()))
            return true;
    }
    return false;
}

} // namespace soundalike
