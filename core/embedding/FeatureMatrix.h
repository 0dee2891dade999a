#pragma once

#include <cstddef>
#include <vector>

namespace soundalike {

// A dense row-major float matrix: one row per track (or segment), one column per dimension.
struct FeatureMatrix
{
    int rows = 0;
    int cols = 0;
    std::vector<float> values;

    FeatureMatrix() = default;
    FeatureMatrix(int rowCount, int colCount)
        : rows(rowCount), cols(colCount), values(std::size_t(rowCount) * std::size_t(colCount), 0.0f)
    {}

    float* row(int r) { return values.data() + std::size_t(r) * std::size_t(cols); }
    const float* row(int r) const { return values.data() + std::size_t(r) * std::size_t(cols); }
};

} // namespace soundalike
