#pragma once

#include "core/search/SearchCatalog.h"
#include "core/search/SimilarityIndex.h"
#include "core/search/SimilarityScale.h"
#include "core/search/VectorTable.h"

namespace soundalike {

// The three things a playlist is made from: the tracks' vectors, an index over them, and their metadata.
// Any vector source fits; tracks without metadata are never suggested.
struct SearchSpace
{
    const VectorTable& vectors;
    const SimilarityIndex& index;
    const SearchCatalog& catalog;
    // Named vectors to explain picks with when `vectors` has no meaningful names (a learned embedding's
    // dimensions): the standardised descriptors say "tempo" or "brightness" where the embedding says "dim 7".
    const VectorTable* explanation = nullptr;
    // What a similarity means in this library, measured once per vector table; null: the generator
    // measures it for the one request.
    const SimilarityScale* scale = nullptr;
};

} // namespace soundalike
