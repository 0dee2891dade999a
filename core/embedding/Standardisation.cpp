#include "core/embedding/Standardisation.h"

#include <cmath>

namespace soundalike {

Standardisation Standardisation::of(const FeatureMatrix& m)
{
    std::vector<double> sum(std::size_t(m.cols), 0.0), squares(std::size_t(m.cols), 0.0);
    std::vector<int> counts(std::size_t(m.cols), 0);
    for (int r = 0; r < m.rows; ++r) {
        const float* v = m.row(r);
        for (int c = 0; c < m.cols; ++c) {
            if (std::isfinite(v[c])) {
                sum[std::size_t(c)] += v[c];
                squares[std::size_t(c)] += double(v[c]) * v[c];
                ++counts[std::size_t(c)];
            }
        }
    }
    Standardisation s;
    for (int c = 0; c < m.cols; ++c) {
        const int n = std::max(1, counts[std::size_t(c)]);
        const double mean = sum[std::size_t(c)] / n;
        const double variance = std::max(0.0, squares[std::size_t(c)] / n - mean * mean);
        s.mean.push_back(float(mean));
        s.inverseStd.push_back(variance > 1e-12 ? float(1.0 / std::sqrt(variance)) : 0.0f);
    }
    return s;
}

FeatureMatrix Standardisation::apply(const FeatureMatrix& m) const
{
    FeatureMatrix out(m.rows, m.cols);
    for (int r = 0; r < m.rows; ++r) {
        for (int c = 0; c < m.cols; ++c) {
            const float z = (m.row(r)[c] - mean[std::size_t(c)]) * inverseStd[std::size_t(c)];
            out.row(r)[c] = std::isfinite(z) ? z : 0.0f;
        }
    }
    return out;
}

} // namespace soundalike
