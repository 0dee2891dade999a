#pragma once

namespace soundalike {

// Clears the upper halves of the AVX registers (vzeroupper) on CPUs that have them. While they are "dirty",
// every switch between SSE code (this library is built for plain x86-64) and AVX code (libm's exp picks its
// FMA version on these CPUs) costs a state transition: perf put 86 % of exp's samples on its first AVX
// instruction. Qt 6.4's string hash leaves them dirty; OpenBLAS's AVX kernels used to clean them as a side
// effect, but on a CPU that OpenBLAS 0.3.21 does not know (family 6 model 207) it runs its SSE "Prescott"
// kernels, which leave them as they are. Call before loops that call exp (see docs/performance.md, issue 19).
void clearAvxUpperState();

} // namespace soundalike
