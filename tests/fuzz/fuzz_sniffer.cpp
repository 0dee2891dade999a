// Fuzzes the format sniffing (core/common FormatSniffer and MpegFrameHeader) that decides, from a file's
// first bytes, which parser (TagLib class, libmpg123 or FFmpeg demuxer) ever sees it.
#include "core/common/FormatSniffer.h"
#include "tests/fuzz/FuzzCheck.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace soundalike;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    int reads = 0;
    const auto read = [&](std::uint64_t offset, std::span<unsigned char> bytes) -> std::size_t {
        ++reads;
        if (offset >= size)
            return 0;
        const std::size_t count = std::min<std::size_t>(bytes.size(), size - std::size_t(offset));
        std::memcpy(bytes.data(), data + offset, count);
        return count;
    };
    const FormatGuess guess = FormatSniffer::sniff(read);
    // A bounded number of reads, whatever the ID3v2 sizes and frame lengths claim.
    FUZZ_CHECK(reads < 10000);
    FUZZ_CHECK(guess.format == AudioFormat::Unknown ? guess.name.isEmpty() : !guess.name.isEmpty());
    // The same bytes, the same answer.
    const FormatGuess again = FormatSniffer::sniff(read);
    FUZZ_CHECK(again.format == guess.format && again.name == guess.name);
    return 0;
}
