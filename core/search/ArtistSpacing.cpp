#include "core/search/ArtistSpacing.h"

#include <algorithm>
#include <unordered_map>

namespace soundalike {

namespace {

// The songs of each artist in one part still to be placed, and how many places the part has left.
struct PartLeft
{
    std::unordered_map<int, int> songs;
    int places = 0;

    PartLeft(const std::vector<std::size_t>& left, const std::vector<int>& artists,
             const std::vector<char>& fits, char part)
    {
        for (const std::size_t i : left) {
            if (fits[i] == part) {
                ++songs[artists[i]];
                ++places;
            }
        }
    }

    [[nodiscard]] int widestGap(int gap) const
    {
        std::vector<int> counts;
        counts.reserve(songs.size());
        for (const auto& [artist, count] : songs)
            counts.push_back(count);
        return ArtistSpacing::widestPossible(counts, places, gap);
    }

    // Unless it plays now, its songs no longer fit at `gap` in the places left.
    [[nodiscard]] bool urgent(int artist, int gap) const
    {
        const auto it = songs.find(artist);
        return it != songs.end() && it->second > 1 && (it->second - 1) * gap + 1 >= places;
    }
};

} // namespace

std::vector<std::size_t> ArtistSpacing::keepGap(const std::vector<std::size_t>& order,
                                                const std::vector<int>& artists,
                                                const std::vector<char>& fits, int gap)
{
    if (gap <= 1)
        return order;
    std::vector<std::size_t> out, left = order;
    // How many places back the pick's artist last played (further than any gap when not at all): a lookup,
    // not a walk back, as a time budget can make the list two thousand songs long.
    std::unordered_map<int, std::size_t> lastPlace;
    const auto sinceArtist = [&](std::size_t pick) {
        const auto it = lastPlace.find(artists[pick]);
        return it == lastPlace.end() ? order.size() + 1 : out.size() - it->second;
    };
    while (!left.empty()) {
        const char part = fits[left.front()];
        const PartLeft partLeft(left, artists, fits, part);
        const std::size_t possible = std::size_t(partLeft.widestGap(gap));
        const auto inPart = [&](std::size_t i) { return fits[i] == part; };
        auto next = std::find_if(left.begin(), left.end(), [&](std::size_t i) {
            return inPart(i) && partLeft.urgent(artists[i], int(possible)) && sinceArtist(i) >= possible;
        });
        if (next == left.end())
            next = std::find_if(left.begin(), left.end(), [&](std::size_t i) {
                return inPart(i) && sinceArtist(i) >= std::size_t(gap);
            });
        // No pick of this part keeps the gap: the one whose artist played longest ago, so the gap shrinks as
        // little as it must. The playlist then says so.
        if (next == left.end()) {
            next = left.begin();
            for (auto i = left.begin(); i != left.end(); ++i) {
                if (inPart(*i) && sinceArtist(*i) > sinceArtist(*next))
                    next = i;
            }
        }
        lastPlace[artists[*next]] = out.size();
        out.push_back(*next);
        left.erase(next);
    }
    return out;
}

int ArtistSpacing::smallestGap(const std::vector<std::size_t>& order, const std::vector<int>& artists)
{
    std::unordered_map<int, std::size_t> last;
    std::size_t smallest = order.size();
    for (std::size_t place = 0; place < order.size(); ++place) {
        const auto [it, first] = last.try_emplace(artists[order[place]], place);
        if (!first) {
            smallest = std::min(smallest, place - it->second);
            it->second = place;
        }
    }
    return int(smallest);
}

int ArtistSpacing::widestPossible(const std::vector<int>& songsPerArtist, int places, int gap)
{
    const int most =
        songsPerArtist.empty() ? 0 : *std::max_element(songsPerArtist.begin(), songsPerArtist.end());
    if (most <= 1)
        return std::max(1, gap);
    const int asMany = int(std::count(songsPerArtist.begin(), songsPerArtist.end(), most));
    return std::clamp((places - asMany) / (most - 1), 1, std::max(1, gap));
}

} // namespace soundalike
