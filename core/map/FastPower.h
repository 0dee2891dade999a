#pragma once

#include <bit>
#include <cstdint>

namespace soundalike {

// x^y for positive normal x, to within 1e-4 relative. The layout's descent raises a squared distance to a
// power at each of its ~10^8 steps at 100,000 tracks; calling libm's powf there made the whole descent four
// times slower on these machines (100 epochs of 5,000 points: 3.8 s, 1.0 s with this), more than the
// function's own cost explains. Plain inline arithmetic, the same on every machine.
inline float fastLog2(float x)
{
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); log2(m) = 2/ln2 * atanh(t), t = (m - 1) / (m + 1).
    constexpr std::int32_t kSqrtHalfBits = 0x3f3504f3;
    const auto bits = std::bit_cast<std::int32_t>(x);
    const std::int32_t exponent = (bits - kSqrtHalfBits) >> 23;
    const float mantissa = std::bit_cast<float>(bits - exponent * (1 << 23));
    const float t = (mantissa - 1.0f) / (mantissa + 1.0f);
    const float t2 = t * t;
    return float(exponent) +
           t * (2.885390082f + t2 * (0.961796694f + t2 * (0.577078016f + t2 * 0.412198583f)));
}

inline float fastExp2(float x)
{
    // Clamped to the range of normal floats, far beyond any distance on a map.
    x = x < -126.0f ? -126.0f : (x > 126.0f ? 126.0f : x);
    const auto whole = std::int32_t(x) - (x < 0 && float(std::int32_t(x)) != x ? 1 : 0);
    const float f = x - float(whole); // [0, 1)
    // Taylor series of 2^f = e^(f ln 2) to the fifth power.
    const float p =
        1.0f + f * (0.693147182f +
                    f * (0.240226507f + f * (0.0555041087f + f * (0.00961812911f + f * 0.00133335581f))));
    return std::bit_cast<float>(std::bit_cast<std::int32_t>(p) + whole * (1 << 23));
}

inline float fastPow(float x, float y)
{
    return fastExp2(y * fastLog2(x));
}

} // namespace soundalike
