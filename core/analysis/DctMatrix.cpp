#include "core/analysis/DctMatrix.h"

#include <cmath>
#include <numbers>

namespace soundalike {

DctMatrix::DctMatrix(int inputs, int outputs)
    : m_inputs(inputs), m_outputs(outputs), m_matrix(std::size_t(inputs) * std::size_t(outputs))
{
    for (int k = 0; k < outputs; ++k) {
        const double scale = std::sqrt((k == 0 ? 1.0 : 2.0) / inputs);
        for (int n = 0; n < inputs; ++n)
            m_matrix[std::size_t(k * inputs + n)] =
                float(scale * std::cos(std::numbers::pi * k * (n + 0.5) / inputs));
    }
}

void DctMatrix::apply(std::span<const float> in, std::span<float> out) const
{
    for (int k = 0; k < m_outputs; ++k) {
        const float* row = m_matrix.data() + std::size_t(k * m_inputs);
        float sum = 0.0f;
        for (int n = 0; n < m_inputs; ++n)
            sum += row[n] * in[std::size_t(n)];
        out[std::size_t(k)] = sum;
    }
}

} // namespace soundalike
