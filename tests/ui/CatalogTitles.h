#pragma once

#include "core/service/TrackCatalog.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace soundalike::test {

// The demo library's songs are named by title in the UI tests; these find them in a library's catalog.

// The ids of the tracks with these titles, in the order of `titles`; a title no track has is left out.
std::vector<std::int64_t> idsOf(const TrackCatalog& catalog, const QStringList& titles);

// The id of the first track with this title; 0 when there is none.
std::int64_t idOf(const TrackCatalog& catalog, const QString& title);

} // namespace soundalike::test
