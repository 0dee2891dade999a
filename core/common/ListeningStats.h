#pragma once

#include <cstdint>

namespace soundalike {

// How one track has been listened to.
struct ListeningStats
{
    int plays = 0;                 // heard to the end, or most of the way
    int skips = 0;                 // left in its first seconds
    std::int64_t lastPlayedAt = 0; // seconds since the epoch; 0 = never
};

} // namespace soundalike
