#pragma once

#include <functional>

class QAbstractItemView;

namespace soundalike {

// After rows were removed from a list, puts the keyboard on the shown row that took the place of the first
// removed one (else the nearest shown row above it), selected alone, so Delete can be pressed again and again
// as in a file manager. `shown` tells the rows a filter hides: one of them, selected, would be removed unseen
// by the next Delete. With no row shown, nothing stays selected.
void selectAfterRemoval(QAbstractItemView& view, int firstRemoved,
                        const std::function<bool(int)>& shown = {});

} // namespace soundalike
