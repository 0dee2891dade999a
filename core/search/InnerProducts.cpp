#include "core/search/InnerProducts.h"

#include "core/search/OmpThreads.h"

#include <cblas.h>

namespace soundalike {

std::vector<float> innerProducts(const float* a, std::size_t na, const float* b, std::size_t nb,
                                 std::size_t d)
{
    std::vector<float> out(na * nb);
    if (out.empty())
        return out;
    const OmpThreads threads(1);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, int(na), int(nb), int(d), 1.0f, a, int(d), b, int(d),
                0.0f, out.data(), int(nb));
    return out;
}

void innerProductsWith(const float* rows, std::size_t n, const float* x, std::size_t d, float* out)
{
    if (n == 0)
        return;
    const OmpThreads threads(1);
    cblas_sgemv(CblasRowMajor, CblasNoTrans, int(n), int(d), 1.0f, rows, int(d), x, 1, 0.0f, out, 1);
}

float dot(const float* a, const float* b, std::size_t d)
{
    float sum = 0;
    for (std::size_t i = 0; i < d; ++i)
        sum += a[i] * b[i];
    return sum;
}

} // namespace soundalike
