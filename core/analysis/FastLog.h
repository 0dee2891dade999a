#pragma once

#include <bit>
#include <cstdint>

namespace soundalike::analysis {

// log2 for positive normal floats, accurate to a few 1e-6 (far below what any descriptor resolves) and
// several times faster than std::log2, which matters at ~2.6 million spectral bins per track. Branch-free, so
// loops over spectra vectorise, and deterministic: plain arithmetic whatever the CPU.
inline float fastLog2(float x)
{
    // Split x = m * 2^e with m in [sqrt(1/2), sqrt(2)), centred on 1 where the series converges fastest.
    constexpr std::int32_t kSqrtHalfBits = 0x3f3504f3;
    const auto bits = std::bit_cast<std::int32_t>(x);
    const std::int32_t exponent = (bits - kSqrtHalfBits) >> 23;
    const float mantissa = std::bit_cast<float>(bits - exponent * (1 << 23));
    // log2(m) = 2/ln2 * atanh(t) with t = (m - 1) / (m + 1), |t| < 0.172: four odd terms suffice.
    const float t = (mantissa - 1.0f) / (mantissa + 1.0f);
    const float t2 = t * t;
    const float series = t * (2.885390082f + t2 * (0.961796694f + t2 * (0.577078016f + t2 * 0.412198583f)));
    return float(exponent) + series;
}

// 10 * log10(power), for a power already floored above zero.
inline float powerToDb(float power)
{
    return 3.010299957f * fastLog2(power);
}

} // namespace soundalike::analysis
