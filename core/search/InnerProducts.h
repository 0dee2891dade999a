#pragma once

#include <cstddef>
#include <vector>

namespace soundalike {

// All inner products between the rows of `a` (na × d) and the rows of `b` (nb × d), row-major na × nb,
// computed by BLAS on the calling thread.
std::vector<float> innerProducts(const float* a, std::size_t na, const float* b, std::size_t nb,
                                 std::size_t d);

// The inner products of `x` (d values) with each of the n rows of `rows`, into `out` (n values), by BLAS.
void innerProductsWith(const float* rows, std::size_t n, const float* x, std::size_t d, float* out);

float dot(const float* a, const float* b, std::size_t d);

} // namespace soundalike
