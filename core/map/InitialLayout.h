#pragma once

#include "core/search/VectorTable.h"

#include <cstdint>
#include <vector>

namespace soundalike {

// Where the layout starts: the vectors projected on their first two principal axes, with a little noise (a
// ten-thousandth of the spread) so that identical vectors can move apart. Starting from the principal plane
// rather than at random keeps the map's large-scale arrangement meaningful (Kobak & Linderman, Nature
// Biotechnology 2021) and makes it repeatable. x, y interleaved, by table row.
[[nodiscard]] std::vector<float> principalPlane(const VectorTable& table, std::uint64_t seed);

} // namespace soundalike
