#pragma once

#include "core/search/VectorTable.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace soundalike {

class Database;

// The vectors a map is laid out from, and the space they live in. A stored layout belongs to one space: a
// new model is a new space and gets a new layout.
struct MapVectors
{
    VectorTable table;
    // "embedding-model<id>" or "descriptors-v<version>". The descriptor space keeps its name as tracks are
    // added, although their standardisation drifts a little, so that new tracks are placed, not re-laid out.
    QString space;
    std::optional<std::int64_t> modelId;
};

// The current model's embeddings when they cover at least 90 % of the analysed tracks (as for playlists),
// else the standardised audio descriptors. Unanalysed tracks have neither and are not on the map.
[[nodiscard]] MapVectors mapVectors(Database& db);

} // namespace soundalike
