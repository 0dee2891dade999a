#include "core/storage/DescriptorCodec.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace soundalike {

namespace {

constexpr std::uint16_t kLargestHalf = 0x7bff; // 65504

void putLittleEndian(std::string& out, std::uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(char((value >> (8 * i)) & 0xffu));
}

std::uint32_t getLittleEndian(const char* in, int bytes)
{
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= std::uint32_t(std::uint8_t(in[i])) << (8 * i);
    return value;
}

} // namespace

std::uint16_t DescriptorCodec::toHalf(float value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? 0 : std::uint16_t(value < 0 ? 0x8000 | kLargestHalf : kLargestHalf);
    const auto bits = std::bit_cast<std::uint32_t>(value);
    const auto sign = std::uint16_t((bits >> 16) & 0x8000u);
    const int exponent = int((bits >> 23) & 0xffu) - 127;
    if (exponent < -14) {
        // Subnormal half: a multiple of 2^-24, rounded to nearest even by the default rounding mode.
        const auto units = std::uint16_t(std::nearbyint(std::fabs(value) * 16777216.0f));
        return std::uint16_t(sign | units);
    }
    if (exponent > 15)
        return std::uint16_t(sign | kLargestHalf);
    const std::uint32_t mantissa = bits & 0x7fffffu;
    std::uint32_t half = (std::uint32_t(exponent + 15) << 10) | (mantissa >> 13);
    const std::uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u)))
        ++half; // a carry into the exponent is still the right number
    return std::uint16_t(sign | std::min<std::uint32_t>(half, kLargestHalf));
}

float DescriptorCodec::fromHalf(std::uint16_t half)
{
    const float sign = half & 0x8000u ? -1.0f : 1.0f;
    const int exponent = (half >> 10) & 0x1f;
    const int mantissa = half & 0x3ff;
    if (exponent == 0)
        return sign * std::ldexp(float(mantissa), -24);
    if (exponent == 31) // never written; read as the largest value rather than infinity
        return sign * 65504.0f;
    return sign * std::ldexp(float(mantissa | 0x400), exponent - 25);
}

std::string DescriptorCodec::encodeSummary(std::span<const float> summary)
{
    std::string out;
    out.reserve(summary.size() * 4);
    for (const float v : summary)
        putLittleEndian(out, std::bit_cast<std::uint32_t>(v), 4);
    return out;
}

std::string DescriptorCodec::encodeSegments(std::span<const float> segments)
{
    std::string out;
    out.reserve(segments.size() * 2);
    for (const float v : segments)
        putLittleEndian(out, toHalf(v), 2);
    return out;
}

bool DescriptorCodec::decodeSummary(std::string_view bytes, std::vector<float>& summary)
{
    if (bytes.empty() || bytes.size() % 4 != 0)
        return false;
    summary.resize(bytes.size() / 4);
    for (std::size_t i = 0; i < summary.size(); ++i)
        summary[i] = std::bit_cast<float>(getLittleEndian(bytes.data() + 4 * i, 4));
    return true;
}

bool DescriptorCodec::decodeSegments(std::string_view bytes, int dimensions, std::vector<float>& segments)
{
    if (dimensions <= 0 || bytes.size() % (2 * std::size_t(dimensions)) != 0)
        return false;
    segments.resize(bytes.size() / 2);
    for (std::size_t i = 0; i < segments.size(); ++i)
        segments[i] = fromHalf(std::uint16_t(getLittleEndian(bytes.data() + 2 * i, 2)));
    return true;
}

} // namespace soundalike
