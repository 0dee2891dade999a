#pragma once

class QTreeView;

namespace soundalike {

// The way every table of songs behaves (the playlist, the queue, a saved playlist): flat rows of even height
// with room to breathe, several selected at once as whole rows, dragged out, never edited in place, with a
// context menu.
void setUpSongTree(QTreeView& view);

} // namespace soundalike
