#include "core/library/FlacLength.h"

#include "core/library/OpenFile.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace soundalike {

namespace {

// An Ogg page is at most 27 + 255 + 255 * 255 bytes; a FLAC frame of 4,096 stereo 24-bit samples stored
// verbatim is 24 KiB, of 65,535 such samples ~390 KiB. The last frame or page lies within this.
constexpr std::int64_t kTailBytes = 1 << 20;

std::uint32_t big(const unsigned char* b, int bytes)
{
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = value << 8 | b[i];
    return value;
}

std::vector<unsigned char> tailOf(const OpenFile& file, std::int64_t from, std::int64_t end)
{
    const std::int64_t start = std::max(from, end - kTailBytes);
    std::vector<unsigned char> bytes(std::size_t(std::max<std::int64_t>(0, end - start)));
    if (bytes.empty() || !file.read(start, bytes.data(), bytes.size()))
        return {};
    return bytes;
}

// Ogg's page checksum: CRC-32, polynomial 0x04c11db7, not reflected, starting from 0.
std::uint32_t oggCrc(const unsigned char* data, std::size_t size)
{
    std::uint32_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= std::uint32_t(data[i]) << 24;
        for (int bit = 0; bit < 8; ++bit)
            crc = crc & 0x80000000u ? crc << 1 ^ 0x04c11db7u : crc << 1;
    }
    return crc;
}

std::optional<std::int64_t> oggFrames(const OpenFile& file)
{
    std::vector<unsigned char> tail = tailOf(file, 0, file.size());
    // The last whole page whose checksum holds and on which a packet ends (its granule is not -1).
    for (std::size_t at = tail.size() >= 27 ? tail.size() - 27 : 0; at + 27 <= tail.size(); --at) {
        unsigned char* page = tail.data() + at;
        if (std::memcmp(page, "OggS", 4) == 0 && page[4] == 0) {
            const std::size_t segments = page[26];
            std::size_t length = 27 + segments;
            for (std::size_t s = 0; s < segments && 27 + s < tail.size() - at; ++s)
                length += page[27 + s];
            if (at + length <= tail.size()) {
                std::int64_t granule = 0;
                for (int i = 7; i >= 0; --i)
                    granule = granule << 8 | page[6 + i];
                std::array<unsigned char, 4> crc;
                std::memcpy(crc.data(), page + 22, 4);
                std::memset(page + 22, 0, 4);
                const std::uint32_t sum = oggCrc(page, length);
                std::memcpy(page + 22, crc.data(), 4);
                const std::uint32_t stored = std::uint32_t(crc[0]) | std::uint32_t(crc[1]) << 8 |
                                             std::uint32_t(crc[2]) << 16 | std::uint32_t(crc[3]) << 24;
                if (sum == stored && granule > 0)
                    return granule;
            }
        }
        if (at == 0)
            break;
    }
    return std::nullopt;
}

std::uint8_t crc8(const unsigned char* data, std::size_t size)
{
    std::uint8_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit)
            crc = std::uint8_t(crc & 0x80 ? crc << 1 ^ 0x07 : crc << 1);
    }
    return crc;
}

std::uint16_t crc16(const unsigned char* data, std::size_t size)
{
    std::uint16_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= std::uint16_t(data[i] << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = std::uint16_t(crc & 0x8000 ? crc << 1 ^ 0x8005 : crc << 1);
    }
    return crc;
}

struct FrameHeader
{
    bool variable = false; // numbered by sample, not by frame
    std::uint64_t number = 0;
    std::uint32_t blockSize = 0;
};

// The frame header at `b` (at most `size` bytes on), when its fields and CRC-8 hold.
std::optional<FrameHeader> frameHeaderAt(const unsigned char* b, std::size_t size)
{
    if (size < 6 || b[0] != 0xFF || (b[1] & 0xFE) != 0xF8)
        return std::nullopt;
    const int sizeCode = b[2] >> 4, rateCode = b[2] & 15;
    if (sizeCode == 0 || rateCode == 15 || (b[3] >> 4) > 10 || (b[3] & 1) != 0)
        return std::nullopt;
    FrameHeader header;
    header.variable = (b[1] & 1) != 0;
    // The frame or sample number, UTF-8 coded (up to 7 bytes, 36 bits).
    std::size_t at = 4;
    int more = 0;
    if (b[at] < 0x80) {
        header.number = b[at];
    } else {
        int ones = 0;
        while (ones < 8 && (b[at] & (0x80 >> ones)))
            ++ones;
        if (ones < 2 || ones > 7)
            return std::nullopt;
        header.number = ones == 7 ? 0 : b[at] & (0xFF >> (ones + 1));
        more = ones - 1;
    }
    ++at;
    for (int i = 0; i < more; ++i, ++at) {
        if (at >= size || (b[at] & 0xC0) != 0x80)
            return std::nullopt;
        header.number = header.number << 6 | (b[at] & 0x3F);
    }
    const std::size_t sizeBytes = sizeCode == 6 ? 1 : sizeCode == 7 ? 2 : 0;
    const std::size_t rateBytes = rateCode == 12 ? 1 : rateCode == 13 || rateCode == 14 ? 2 : 0;
    if (at + sizeBytes + rateBytes >= size)
        return std::nullopt;
    if (sizeCode == 1)
        header.blockSize = 192;
    else if (sizeCode <= 5)
        header.blockSize = 576u << (sizeCode - 2);
    else if (sizeCode <= 7)
        header.blockSize = big(b + at, int(sizeBytes)) + 1;
    else
        header.blockSize = 256u << (sizeCode - 8);
    at += sizeBytes + rateBytes;
    if (crc8(b, at) != b[at])
        return std::nullopt;
    return header;
}

// Where the native FLAC's frames begin (after any ID3v2 tag, "fLaC" and the metadata blocks) and its stream
// info's smallest block size, which numbers a fixed-size stream's frames.
struct FlacLayout
{
    std::int64_t audioStart = 0;
    std::uint32_t minBlockSize = 0;
};

std::optional<FlacLayout> flacLayout(const OpenFile& file)
{
    std::int64_t at = 0;
    unsigned char head[10];
    if (file.read(0, head, 10) && std::memcmp(head, "ID3", 3) == 0) {
        const std::int64_t tagSize = std::int64_t(head[6] & 0x7F) << 21 | std::int64_t(head[7] & 0x7F) << 14 |
                                     std::int64_t(head[8] & 0x7F) << 7 | std::int64_t(head[9] & 0x7F);
        at = 10 + tagSize + ((head[5] & 0x10) ? 10 : 0);
    }
    unsigned char magic[4];
    if (!file.read(at, magic, 4) || std::memcmp(magic, "fLaC", 4) != 0)
        return std::nullopt;
    at += 4;
    FlacLayout layout;
    for (bool last = false; !last;) {
        unsigned char block[4];
        if (!file.read(at, block, 4))
            return std::nullopt;
        last = (block[0] & 0x80) != 0;
        const std::int64_t length = big(block + 1, 3);
        if ((block[0] & 0x7F) == 0) {
            unsigned char info[2];
            if (length < 34 || !file.read(at + 4, info, 2))
                return std::nullopt;
            layout.minBlockSize = big(info, 2);
        }
        at += 4 + length;
    }
    layout.audioStart = at;
    return layout;
}

std::optional<std::int64_t> nativeFrames(const OpenFile& file)
{
    const std::optional<FlacLayout> layout = flacLayout(file);
    if (!layout)
        return std::nullopt;
    std::int64_t end = file.size();
    unsigned char id3v1[3];
    if (end - 128 >= layout->audioStart && file.read(end - 128, id3v1, 3) &&
        std::memcmp(id3v1, "TAG", 3) == 0)
        end -= 128;
    const std::vector<unsigned char> tail = tailOf(file, layout->audioStart, end);
    if (tail.size() < 8)
        return std::nullopt;
    const std::uint16_t footer = std::uint16_t(big(tail.data() + tail.size() - 2, 2));
    for (std::size_t at = tail.size() - 8;; --at) {
        if (const auto header = frameHeaderAt(tail.data() + at, tail.size() - at);
            header && crc16(tail.data() + at, tail.size() - at - 2) == footer) {
            const std::uint64_t first =
                header->variable ? header->number : header->number * layout->minBlockSize;
            return std::int64_t(first + header->blockSize);
        }
        if (at == 0)
            return std::nullopt;
    }
}

} // namespace

std::optional<std::int64_t> countFlacFrames(const FilePath& path, AudioFormat format)
{
    if (format != AudioFormat::Flac && format != AudioFormat::OggFlac)
        return std::nullopt;
    const OpenFile file(path);
    return format == AudioFormat::OggFlac ? oggFrames(file) : nativeFrames(file);
}

} // namespace soundalike
