#include "core/search/FittingArtists.h"

#include <algorithm>
#include <unordered_map>

namespace soundalike {

FittingArtists::FittingArtists(const CandidatePool& pool, const Relevance& relevance,
                               const SimilarityScale& scale, int seeds)
{
    std::unordered_map<int, int> perArtist;
    for (std::size_t c = 0; c < pool.size(); ++c) {
        bool fits = false;
        for (int s = 0; s < seeds && !fits; ++s)
            fits = scale.fits(relevance.similarity(c, s));
        if (fits) {
            ++perArtist[pool.entry(c).artist];
            ++m_fitting;
        }
    }
    for (const auto& [artist, songs] : perArtist)
        m_perArtist.push_back(songs);
}

int FittingArtists::gapFor(int asked, int length, bool together) const
{
    const int wanted = std::min(length, m_fitting);
    const int artists = int(m_perArtist.size());
    if (together && artists < asked && wanted > artists)
        return std::max(2, artists);
    for (int gap = asked; gap > 2; --gap) {
        // In `length` places with this gap an artist has at most ceil(length / gap) of them, and any `gap`
        // places in a row hold each artist once at most: 3 artists fill only 8 of 12 places with a gap of 5.
        const int most = (length + gap - 1) / gap;
        int room = 0;
        for (const int songs : m_perArtist)
            room += std::min(songs, most);
        const int rows = (length / gap) * std::min(artists, gap) + std::min(artists, length % gap);
        // Lowered, it goes down to the number of those artists too: Smooth flow plays the fitting songs
        // together, before the others, so a wider gap could not hold among them anyway.
        if (std::min(room, rows) >= wanted)
            return gap == asked ? gap : std::max(2, std::min(gap, artists));
    }
    return std::min(asked, 2);
}

} // namespace soundalike
