#pragma once

#include <cstdint>

namespace soundalike {

// Integers as file headers store them, for the readers that walk chunks and boxes by hand.
[[nodiscard]] inline std::uint32_t little32(const unsigned char* b)
{
    return std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 |
           std::uint32_t(b[3]) << 24;
}

[[nodiscard]] inline std::uint16_t little16(const unsigned char* b)
{
    return std::uint16_t(b[0] | b[1] << 8);
}

[[nodiscard]] inline std::uint32_t big32(const unsigned char* b)
{
    return std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 | std::uint32_t(b[2]) << 8 |
           std::uint32_t(b[3]);
}

[[nodiscard]] inline std::uint16_t big16(const unsigned char* b)
{
    return std::uint16_t(b[0] << 8 | b[1]);
}

} // namespace soundalike
