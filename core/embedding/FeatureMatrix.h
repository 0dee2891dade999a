#pragma once

#include <cmath>
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

// Scales `v` to unit length; an all-zero vector stays zero.
inline void l2Normalise(float* v, int n)
{
    double norm = 0;
    for (int i = 0; i < n; ++i)
        norm += double(v[i]) * v[i];
    const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
    for (int i = 0; i < n; ++i)
        v[i] *= scale;
}

} // namespace soundalike
