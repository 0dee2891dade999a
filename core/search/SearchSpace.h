#pragma once

#include "core/search/SimilarityIndex.h"
#include "core/search/TrackCatalog.h"
#include "core/search/VectorTable.h"

namespace soundalike {

// The three things a playlist is made from: the tracks' vectors, an index over them, and their metadata.
// Any vector source fits; tracks without metadata are never suggested.
struct SearchSpace
{
    const VectorTable& vectors;
    const SimilarityIndex& index;
    const TrackCatalog& catalog;
};

} // namespace soundalike
