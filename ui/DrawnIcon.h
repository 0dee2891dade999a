#pragma once

#include <QIcon>

#include <functional>

class QPainter;

namespace soundalike {

// An icon painted at the sizes toolbars, menus and lists ask for, for where the icon theme has none: `draw`
// paints on a transparent square of side `size`, with the palette's button-text colour as pen (round, a
// size-proportional width) and brush, antialiased.
[[nodiscard]] QIcon drawnIcon(const std::function<void(QPainter& painter, qreal size)>& draw);

} // namespace soundalike
