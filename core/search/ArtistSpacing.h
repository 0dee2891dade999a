#pragma once

#include <cstddef>
#include <vector>

namespace soundalike {

// How far apart songs by one artist are in a playlist's order. The picks keep the artist gap in the order
// they were chosen; put in another (Smooth flow's fitting songs first, a list by similarity) the gap can
// break, most of all where one artist holds many of the songs that fit.
class ArtistSpacing
{
public:
    // `order` rearranged so that the gap holds where it can: each place takes the first song still to come,
    // of the same part (`fits`) as the next one, that keeps `gap`; the order otherwise stays as it was and no
    // weak pick moves before a fitting one. Where a part's songs cannot keep `gap` (one artist holds too many
    // of them), its places keep the widest gap those songs allow: an artist that would otherwise run out of
    // room plays as soon as that gap lets it, instead of its songs piling up at the part's end.
    [[nodiscard]] static std::vector<std::size_t> keepGap(const std::vector<std::size_t>& order,
                                                          const std::vector<int>& artists,
                                                          const std::vector<char>& fits, int gap);
    // The fewest places between two songs by one artist in `order` (anonymous tracks are each an artist of
    // their own); `order.size()` when no artist plays twice.
    [[nodiscard]] static int smallestGap(const std::vector<std::size_t>& order,
                                         const std::vector<int>& artists);
    // The widest gap, at most `gap` and at least 1, at which songs by artists with these numbers of songs fit
    // in `places` places: the artist with most songs spans (songs - 1) gaps and one place, and every other
    // artist with as many songs one place more.
    [[nodiscard]] static int widestPossible(const std::vector<int>& songsPerArtist, int places, int gap);
};

} // namespace soundalike
