#pragma once

#include <span>
#include <vector>

namespace soundalike {

// A track's audio descriptor: one value per named dimension for the whole excerpt (the summary), and the same
// dimensions for each ~10-second segment of it, in time order. The names and their order belong to `version`
// (see core/analysis/DescriptorLayout).
struct AudioDescriptor
{
    int version = 0;
    std::vector<float> summary;
    std::vector<float> segments; // segmentCount() rows of summary.size() values

    int dimensions() const { return int(summary.size()); }
    int segmentCount() const { return summary.empty() ? 0 : int(segments.size() / summary.size()); }
    std::span<const float> segment(int index) const
    {
        return std::span<const float>(segments).subspan(std::size_t(index) * summary.size(), summary.size());
    }
};

} // namespace soundalike
