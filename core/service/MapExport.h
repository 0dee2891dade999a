#pragma once

#include "core/service/MapTypes.h"

#include <QJsonObject>
#include <QSize>

namespace soundalike {

// What `soundalike-cli map` prints and draws, from a map computeLayout() returned.

// {"points": [{"id", "path", "x", "y"}, …], "space", "action", "placed_now", "seconds", "coverage": {…},
// "note"}. Paths as the library shows them.
[[nodiscard]] QJsonObject mapJson(const QString& databasePath, const LibraryMapResult& map);

// "id,path,x,y" and one row per point, paths quoted as RFC 4180 says: for spreadsheets and plotting tools.
[[nodiscard]] QByteArray mapCsv(const QString& databasePath, const LibraryMapResult& map);

// Why tracks are missing from the map, in one translated line ("12 tracks are not on the map: 10 not
// analysed yet, 2 could not be analysed"); empty when none is.
[[nodiscard]] QString coverageNote(const MapCoverage& coverage);

// The map coloured by genre (by tempo where few tracks have one) with its legend and coverage note, as a PNG
// written atomically to `file`. Throws std::runtime_error with the reason when it cannot be written.
void writeMapImage(const QString& databasePath, const LibraryMapResult& map, const QString& file,
                   const QSize& size = QSize(1600, 1000));

} // namespace soundalike
