#pragma once

#include "core/search/CandidatePool.h"
#include "core/search/Relevance.h"
#include "core/search/SelectionState.h"

#include <optional>
#include <vector>

namespace soundalike {

// Greedy maximal-marginal-relevance selection (Carbonell & Goldstein 1998): each step takes the candidate
// with the best relevance to a seed minus `diversity` × its similarity to the closest track already taken.
// Relevance counts only seeds that have not had their share yet, so every seed is heard. Songs already taken
// (same normalised artist and title, or vectors closer than `duplicateSimilarity`), the artist gap, the
// per-artist cap and the time budget are hard rules here.
class PlaylistSelector
{
public:
    PlaylistSelector(const CandidatePool& pool, const Relevance& relevance);

    // Relevance queries 0..rules.seeds-1 are the seeds, query rules.seeds the centroid when rules.centroid.
    SelectionResult select(const SelectionRules& rules) const;

private:
    // The seed (or centroid) that `candidate` serves best, seeds that have had their share counting last;
    // nothing when it is the same recording as a seed.
    std::optional<Pick> bestReason(std::size_t candidate, const SelectionRules& rules,
                                   const SelectionState& state, int quota) const;

    const CandidatePool& m_pool;
    const Relevance& m_relevance;
};

} // namespace soundalike
