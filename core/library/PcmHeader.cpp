#include "core/library/PcmHeader.h"

#include "core/library/ByteOrder.h"
#include "core/library/OpenFile.h"

#include <array>
#include <cmath>
#include <cstring>

namespace soundalike {

namespace {

// A header walk never needs more: files carry a handful of chunks before their audio.
constexpr int kMaxChunks = 256;

// AIFF's sample rate: an 80-bit IEEE extended float, big-endian.
double extended80(const unsigned char* b)
{
    const int exponent = (b[0] & 0x7f) << 8 | b[1];
    std::uint64_t mantissa = 0;
    for (int i = 2; i < 10; ++i)
        mantissa = mantissa << 8 | b[i];
    if (exponent == 0 || exponent == 0x7fff)
        return 0;
    return std::ldexp(double(mantissa), exponent - 16383 - 63);
}

// Whole frames of `frameBytes` among the bytes the data chunk claims and the file still holds after `start`.
std::int64_t framesPresent(const OpenFile& file, std::int64_t start, std::int64_t claimed, int frameBytes)
{
    const std::int64_t present = std::min(claimed, file.size() - start);
    return frameBytes > 0 && present > 0 ? present / frameBytes : 0;
}

bool plausible(const PcmStream& s)
{
    return s.sampleRate >= 1000 && s.sampleRate <= 768000 && s.channels >= 1 && s.channels <= 32 &&
           s.bitsPerSample >= 8 && s.bitsPerSample <= 64 && s.frames > 0;
}

std::optional<PcmStream> readWav(const OpenFile& file)
{
    std::array<unsigned char, 12> riff{};
    if (!file.read(0, riff.data(), riff.size()) || std::memcmp(riff.data(), "RIFF", 4) != 0 ||
        std::memcmp(riff.data() + 8, "WAVE", 4) != 0)
        return std::nullopt;
    PcmStream stream;
    int blockAlign = 0;
    std::int64_t at = 12;
    for (int chunk = 0; chunk < kMaxChunks; ++chunk) {
        std::array<unsigned char, 8> head{};
        if (!file.read(at, head.data(), head.size()))
            return std::nullopt;
        const std::int64_t size = little32(head.data() + 4);
        if (std::memcmp(head.data(), "fmt ", 4) == 0) {
            std::array<unsigned char, 16> fmt{};
            if (size < 16 || !file.read(at + 8, fmt.data(), fmt.size()))
                return std::nullopt;
            stream.channels = little16(fmt.data() + 2);
            stream.sampleRate = int(little32(fmt.data() + 4));
            blockAlign = little16(fmt.data() + 12);
            stream.bitsPerSample = little16(fmt.data() + 14);
        } else if (std::memcmp(head.data(), "data", 4) == 0) {
            // The format must come first, and its frame size agree with its channels and sample size (found
            // by fuzz_pcmheader: a header claiming 17 channels in 2-byte frames).
            if (blockAlign == 0 || blockAlign != stream.channels * ((stream.bitsPerSample + 7) / 8))
                return std::nullopt;
            stream.frames = framesPresent(file, at + 8, size, blockAlign);
            return plausible(stream) ? std::optional(stream) : std::nullopt;
        }
        at += 8 + size + (size & 1); // chunks are padded to an even size
    }
    return std::nullopt;
}

std::optional<PcmStream> readAiff(const OpenFile& file)
{
    std::array<unsigned char, 12> form{};
    if (!file.read(0, form.data(), form.size()) || std::memcmp(form.data(), "FORM", 4) != 0)
        return std::nullopt;
    const bool compressedKind = std::memcmp(form.data() + 8, "AIFC", 4) == 0;
    if (!compressedKind && std::memcmp(form.data() + 8, "AIFF", 4) != 0)
        return std::nullopt;
    PcmStream stream;
    bool common = false;
    std::int64_t at = 12;
    for (int chunk = 0; chunk < kMaxChunks; ++chunk) {
        std::array<unsigned char, 8> head{};
        if (!file.read(at, head.data(), head.size()))
            return std::nullopt;
        const std::int64_t size = big32(head.data() + 4);
        if (std::memcmp(head.data(), "COMM", 4) == 0) {
            std::array<unsigned char, 22> comm{};
            const std::size_t wanted = compressedKind ? 22 : 18;
            if (size < std::int64_t(wanted) || !file.read(at + 8, comm.data(), wanted))
                return std::nullopt;
            // Uncompressed samples only: big- or little-endian integers, or floats.
            if (compressedKind && std::memcmp(comm.data() + 18, "NONE", 4) != 0 &&
                std::memcmp(comm.data() + 18, "sowt", 4) != 0 &&
                std::memcmp(comm.data() + 18, "fl32", 4) != 0 &&
                std::memcmp(comm.data() + 18, "fl64", 4) != 0)
                return std::nullopt;
            stream.channels = big16(comm.data());
            stream.bitsPerSample = big16(comm.data() + 6);
            stream.sampleRate = int(std::lround(extended80(comm.data() + 8)));
            common = true;
        } else if (std::memcmp(head.data(), "SSND", 4) == 0) {
            std::array<unsigned char, 8> offset{};
            if (!common || size < 8 || !file.read(at + 8, offset.data(), offset.size()))
                return std::nullopt;
            const std::int64_t start = at + 16 + big32(offset.data());
            const int frameBytes = stream.channels * ((stream.bitsPerSample + 7) / 8);
            stream.frames = framesPresent(file, start, size - 8 - big32(offset.data()), frameBytes);
            return plausible(stream) ? std::optional(stream) : std::nullopt;
        }
        at += 8 + size + (size & 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<PcmStream> readPcmHeader(const FilePath& path, AudioFormat format)
{
    if (format != AudioFormat::Wav && format != AudioFormat::Aiff)
        return std::nullopt;
    const OpenFile file(path);
    return format == AudioFormat::Wav ? readWav(file) : readAiff(file);
}

} // namespace soundalike
