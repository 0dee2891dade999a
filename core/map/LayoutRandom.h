#pragma once

#include <cstdint>

namespace soundalike {

// A small, fast generator (xorshift64*, seeded through splitmix64) for the layout's negative samples: the
// optimiser draws about a billion of them at 100,000 tracks, so std::mt19937 and a distribution object per
// draw would cost more than the gradient steps. The same seed gives the same map on every machine.
class LayoutRandom
{
public:
    explicit LayoutRandom(std::uint64_t seed)
    {
        std::uint64_t z = seed + 0x9e3779b97f4a7c15ull;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        m_state = (z ^ (z >> 31)) | 1;
    }

    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545f4914f6cdd1dull;
    }

    // Uniform in [0, bound), by the multiply-shift mapping (no division).
    std::uint32_t below(std::uint32_t bound) { return std::uint32_t(((next() >> 32) * bound) >> 32); }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

} // namespace soundalike
