#pragma once

#include <QIcon>

namespace soundalike {

// Shuffle and repeat from the icon theme, or drawn where the theme has none: the style's only fallback is one
// "reload" arrow, which made shuffle, repeat and repeat-one look alike.
class PlayOrderIcons
{
public:
    [[nodiscard]] static QIcon shuffle();
    [[nodiscard]] static QIcon repeat(bool oneSong);
};

} // namespace soundalike
