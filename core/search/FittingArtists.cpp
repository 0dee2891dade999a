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

int FittingArtists::gapFor(int asked, int length) const
{
    const int wanted = std::min(length, m_fitting);
    for (int gap = asked; gap > 2; --gap) {
        // In `length` places with this gap an artist has at most ceil(length / gap) of them.
        const int most = (length + gap - 1) / gap;
        int room = 0;
        for (const int songs : m_perArtist)
            room += std::min(songs, most);
        if (room >= wanted)
            return gap;
    }
    return std::min(asked, 2);
}

} // namespace soundalike
