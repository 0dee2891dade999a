#pragma once

#include <cstdint>
#include <vector>

namespace soundalike {
class LibraryView;
}

namespace soundalike::test {

// Shows the library's table or its artist tree (opened up) and selects these tracks in it, the first of them
// current, as a listener's clicks would.
void selectInLibrary(LibraryView& view, bool table, const std::vector<std::int64_t>& ids);

} // namespace soundalike::test
