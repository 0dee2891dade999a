#pragma once

#include <QRectF>

class QPainter;
class QPalette;

namespace soundalike {

// What stands for a missing cover in every song list and the player: a soft square with a note, so an absent
// cover reads as "no art", not "broken". The note keeps its contrast in a dark desktop theme as in a light
// one.
void paintCoverPlaceholder(QPainter& painter, const QRectF& area, const QPalette& palette, qreal radius = 0);

} // namespace soundalike
