#include "core/search/Checksum.h"

#include <bit>
#include <cstring>

namespace soundalike {

namespace {

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ULL;

std::uint64_t round(std::uint64_t lane, std::uint64_t word)
{
    return std::rotl(lane + word * kPrime2, 31) * kPrime1;
}

std::uint64_t load(const unsigned char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

} // namespace

std::uint64_t checksum64(const void* data, std::size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t lanes[4] = {kPrime1 + kPrime2, kPrime2, 0, kPrime3};
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        for (int lane = 0; lane < 4; ++lane)
            lanes[lane] = round(lanes[lane], load(p + i + 8 * lane));
    }
    std::uint64_t h = std::rotl(lanes[0], 1) + std::rotl(lanes[1], 7) + std::rotl(lanes[2], 12) +
                      std::rotl(lanes[3], 18) + size;
    for (; i + 8 <= size; i += 8)
        h = std::rotl(h ^ round(0, load(p + i)), 27) * kPrime1 + kPrime3;
    for (; i < size; ++i)
        h = std::rotl(h ^ (p[i] * kPrime3), 11) * kPrime1;
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    return h ^ (h >> 32);
}

} // namespace soundalike
