#pragma once

#include "core/service/MapTypes.h"

#include <atomic>
#include <functional>

namespace soundalike {

using MapProgressSink = std::function<void(const MapProgress&)>;

// Brings the library's stored map up to date and returns it: loads the layout of the current vector space;
// places tracks analysed since then beside their nearest neighbours; lays the whole map out anew when there
// is none for this space (a first map, or a new model) or the library has grown by a fifth since the last
// full layout. Nothing is written until a layout is complete, in one transaction, so cancelling or killing
// it leaves the previous map. Runs on the calling thread (a worker's); progress comes from it too. Throws
// std::runtime_error when the database cannot be opened or written.
[[nodiscard]] LibraryMapResult computeLayout(const QString& databasePath, const MapProgressSink& progress,
                                             const std::atomic_bool& cancel);

// The library's tracks not on `map` as they stand now, between two runs: scans add tracks, and an analysis
// moves them on from "not analysed yet" (to awaitingPlace, or failed). A few counts, cheap enough to follow a
// running scan or analysis. Throws std::runtime_error when the database cannot be read.
[[nodiscard]] MapCoverage currentCoverage(const QString& databasePath, const MapCoverage& map);

} // namespace soundalike
