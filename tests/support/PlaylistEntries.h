#pragma once

#include "core/common/PlaylistEntry.h"

#include <QStringList>

#include <vector>

namespace soundalike::test {

// An entry for a file the player is to play, as a hand-made playlist holds it: no similarity, no seed.
PlaylistEntry entryFor(const QString& path, const QString& title, int durationMs);

// The titles of a playlist's entries, in order: what a test compares after the list changed.
QStringList titlesOf(const std::vector<PlaylistEntry>& entries);
// The track ids of a playlist's entries, in order.
std::vector<std::int64_t> idsOf(const std::vector<PlaylistEntry>& entries);

} // namespace soundalike::test
