#pragma once

#include <span>
#include <vector>

namespace soundalike {

// The first `outputs` coefficients of an orthonormal DCT-II of `inputs` values: log-mel bands to MFCCs.
class DctMatrix
{
public:
    DctMatrix(int inputs, int outputs);

    void apply(std::span<const float> in, std::span<float> out) const;

private:
    int m_inputs;
    int m_outputs;
    std::vector<float> m_matrix; // row-major, outputs x inputs
};

} // namespace soundalike
