#pragma once

#include "core/common/AudioDescriptor.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace soundalike {

// The byte layout of descriptors in the database. The summary is little-endian float32, exact; the segments
// are little-endian IEEE half floats (rounded to nearest even, clipped to +-65504), which keeps twelve
// 119-dimension segments under 3 KB: a whole track stays well inside the 8 KB budget per track.
class DescriptorCodec
{
public:
    static std::string encodeSummary(std::span<const float> summary);
    static std::string encodeSegments(std::span<const float> segments);
    // False when the bytes cannot be a descriptor of `dimensions` values (a damaged row).
    static bool decodeSummary(std::string_view bytes, std::vector<float>& summary);
    static bool decodeSegments(std::string_view bytes, int dimensions, std::vector<float>& segments);

    static std::uint16_t toHalf(float value);
    static float fromHalf(std::uint16_t half);
};

} // namespace soundalike
