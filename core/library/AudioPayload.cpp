#include "core/library/AudioPayload.h"

#include "core/library/ByteOrder.h"
#include "core/library/OpenFile.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace soundalike {

namespace {

// Files carry a handful of boxes, chunks or metadata blocks; a walk never needs more.
constexpr int kMaxSteps = 1024;
constexpr std::int64_t kSignedBytes = 16 * 1024;

bool has(const OpenFile& file, std::int64_t at, const char* magic)
{
    const std::size_t n = std::strlen(magic);
    std::array<char, 16> bytes{};
    return at >= 0 && file.read(at, bytes.data(), n) && std::memcmp(bytes.data(), magic, n) == 0;
}

std::optional<AudioPayload> within(const OpenFile& file, std::int64_t begin, std::int64_t end)
{
    end = std::min(end, file.size());
    return begin >= 0 && end > begin ? std::optional(AudioPayload{begin, end - begin}) : std::nullopt;
}

// Past the ID3v2 tags at `at` (their size counts any padding a tagger left).
std::int64_t afterId3v2(const OpenFile& file, std::int64_t at)
{
    for (int step = 0; step < kMaxSteps; ++step) {
        std::array<unsigned char, 10> head{};
        if (!file.read(at, head.data(), head.size()) || std::memcmp(head.data(), "ID3", 3) != 0 ||
            head[3] == 0xff || head[4] == 0xff || (head[6] | head[7] | head[8] | head[9]) & 0x80)
            return at;
        const std::int64_t size = std::int64_t(head[6]) << 21 | head[7] << 14 | head[8] << 7 | head[9];
        at += 10 + size + ((head[5] & 0x10) ? 10 : 0);
    }
    return at;
}

// Before the ID3v1 and APEv2 tags that end `end`, in whichever order they were written.
std::int64_t beforeTrailingTags(const OpenFile& file, std::int64_t end)
{
    for (int step = 0; step < 4; ++step) {
        if (end >= 128 && has(file, end - 128, "TAG")) {
            end -= 128;
            continue;
        }
        std::array<unsigned char, 32> footer{};
        if (end >= 32 && file.read(end - 32, footer.data(), footer.size()) &&
            std::memcmp(footer.data(), "APETAGEX", 8) == 0) {
            const bool header = little32(footer.data() + 20) & 0x80000000u;
            end -= std::int64_t(little32(footer.data() + 12)) + (header ? 32 : 0);
            continue;
        }
        break;
    }
    return end;
}

std::optional<AudioPayload> mpeg(const OpenFile& file)
{
    return within(file, afterId3v2(file, 0), beforeTrailingTags(file, file.size()));
}

std::optional<AudioPayload> flac(const OpenFile& file)
{
    std::int64_t at = afterId3v2(file, 0);
    if (!has(file, at, "fLaC"))
        return std::nullopt;
    at += 4;
    for (int step = 0; step < kMaxSteps; ++step) {
        std::array<unsigned char, 4> head{};
        if (!file.read(at, head.data(), head.size()))
            return std::nullopt;
        at += 4 + (std::int64_t(head[1]) << 16 | head[2] << 8 | head[3]);
        if (head[0] & 0x80)
            return within(file, at, beforeTrailingTags(file, file.size()));
    }
    return std::nullopt;
}

std::optional<AudioPayload> mp4(const OpenFile& file)
{
    std::int64_t at = 0;
    for (int step = 0; step < kMaxSteps && at < file.size(); ++step) {
        std::array<unsigned char, 16> head{};
        if (!file.read(at, head.data(), 8))
            return std::nullopt;
        std::int64_t size = big32(head.data());
        std::int64_t header = 8;
        if (size == 1) {
            if (!file.read(at + 8, head.data() + 8, 8))
                return std::nullopt;
            size = std::int64_t(big32(head.data() + 8)) << 32 | big32(head.data() + 12);
            header = 16;
        } else if (size == 0) {
            size = file.size() - at; // the last box, to the end of the file
        }
        size = std::min(size, file.size() - at);
        if (size < header)
            return std::nullopt;
        if (std::memcmp(head.data() + 4, "mdat", 4) == 0)
            return within(file, at + header, at + size);
        at += size;
    }
    return std::nullopt;
}

// The chunk named `id` of a RIFF WAVE or an AIFF/AIFC form, walking chunks whose sizes `read32` reads.
std::optional<AudioPayload> chunk(const OpenFile& file, const char* id,
                                  std::uint32_t (*read32)(const unsigned char*))
{
    std::int64_t at = 12;
    for (int step = 0; step < kMaxSteps; ++step) {
        std::array<unsigned char, 8> head{};
        if (!file.read(at, head.data(), head.size()))
            return std::nullopt;
        const std::int64_t size = read32(head.data() + 4);
        if (std::memcmp(head.data(), id, 4) == 0)
            return within(file, at + 8, at + 8 + size);
        at += 8 + size + (size & 1);
    }
    return std::nullopt;
}

std::optional<AudioPayload> wav(const OpenFile& file)
{
    return has(file, 0, "RIFF") && has(file, 8, "WAVE") ? chunk(file, "data", little32) : std::nullopt;
}

std::optional<AudioPayload> aiff(const OpenFile& file)
{
    return has(file, 0, "FORM") && (has(file, 8, "AIFF") || has(file, 8, "AIFC")) ? chunk(file, "SSND", big32)
                                                                                  : std::nullopt;
}

std::uint64_t fnv1a(std::uint64_t hash, const unsigned char* bytes, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        hash = (hash ^ bytes[i]) * 0x100000001b3ull;
    return hash;
}

std::optional<AudioPayload> payloadOf(const OpenFile& file, AudioFormat format)
{
    switch (format) {
    case AudioFormat::MpegAudio:
        return mpeg(file);
    case AudioFormat::Flac:
        return flac(file);
    case AudioFormat::Mp4:
        return mp4(file);
    case AudioFormat::Wav:
        return wav(file);
    case AudioFormat::Aiff:
        return aiff(file);
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<AudioPayload> findAudioPayload(const FilePath& path, AudioFormat format)
{
    return payloadOf(OpenFile(path), format);
}

std::int64_t audioSignature(const FilePath& path, AudioFormat format)
{
    const OpenFile file(path);
    const auto payload = payloadOf(file, format);
    if (!payload)
        return 0;
    const std::int64_t n = std::min(kSignedBytes, payload->length);
    std::vector<unsigned char> head(static_cast<std::size_t>(n)), tail(static_cast<std::size_t>(n));
    if (!file.read(payload->offset, head.data(), head.size()) ||
        !file.read(payload->offset + payload->length - n, tail.data(), tail.size()))
        return 0;
    std::array<unsigned char, 8> length{};
    for (std::size_t i = 0; i < length.size(); ++i)
        length[i] = static_cast<unsigned char>(std::uint64_t(payload->length) >> (8 * i));
    std::uint64_t hash = fnv1a(0xcbf29ce484222325ull, length.data(), length.size());
    hash = fnv1a(fnv1a(hash, head.data(), head.size()), tail.data(), tail.size());
    return hash == 0 ? 1 : std::int64_t(hash);
}

} // namespace soundalike
