#pragma once

#include <QIcon>

namespace soundalike {

// The mark of a playlist generated from seeds (a saved one that can be made afresh): the theme's wizard's
// wand, else a drawn sparkle. It was the shuffle icon, which read as "shuffled".
[[nodiscard]] QIcon mixIcon();

} // namespace soundalike
