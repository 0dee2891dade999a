#pragma once

#include "core/search/CandidatePool.h"
#include "core/search/Relevance.h"
#include "core/search/SelectionState.h"

namespace soundalike {

// A walk between seeds: for each point along the way, in order, the closest candidate still allowed.
class PathSelector
{
public:
    PathSelector(const CandidatePool& pool, const Relevance& relevance);

    // Relevance queries 0..points-1 are the points of the walk, then rules.seeds seeds.
    SelectionResult select(int points, const SelectionRules& rules) const;

private:
    const CandidatePool& m_pool;
    const Relevance& m_relevance;
};

} // namespace soundalike
