#pragma once

#include "core/search/GenerationRequest.h"

namespace soundalike {

// What someone asks a playlist for: seeds, length (songs or minutes), artist rules, variety, filters, order,
// the random seed of a mix. One type for `soundalike-cli similar`/`path` flags, the app's Generate controls
// and saved settings, and the generator.
using PlaylistRequest = GenerationRequest;

// The fewest seeds an order works from: a path walks from the first seed to the last, through any between.
constexpr int minimumSeeds(PlaylistOrder order)
{
    return order == PlaylistOrder::Path ? 2 : 1;
}

} // namespace soundalike
