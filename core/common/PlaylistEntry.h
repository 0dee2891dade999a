#pragma once

#include "core/common/Track.h"

#include <QString>

#include <cmath>
#include <cstdint>

namespace soundalike {

// One track of a playlist and why it is there: what the player plays and the views show, whoever made it
// (the generator, an imported file, the user).
struct PlaylistEntry
{
    Track track;
    double similarity = -1;  // 0..1 to its seed; negative when not known (an imported or hand-made entry)
    std::int64_t seedId = 0; // the seed it came from; 0 when none
    QString why;             // one line for a tooltip, in the interface's language
    // The similarity on this library's own scale (the "Match" column), 0..1: 0.7 is the line above which a
    // track fits its seed well, 1 only a near-copy (see core/search/SimilarityScale); negative when not
    // known.
    double match = -1;
};

// The Match a song has at the line above which it fits its seed well (core/search/SimilarityScale).
inline constexpr double kFitLineMatch = 0.7;

[[nodiscard]] inline bool fitsWell(const PlaylistEntry& entry)
{
    return entry.match >= kFitLineMatch;
}

// Match as a whole percentage, for people: cut down, not rounded, so a song just under the fit line never
// reads the line's 70 % and only identical sound reads 100 %; the 1e-4 keeps an exact percentage stored as a
// float (0.85f) from losing one.
[[nodiscard]] inline int matchPercent(double match)
{
    return int(std::floor(match * 100 + 1e-4));
}

} // namespace soundalike
