#pragma once

#include "core/search/CandidatePool.h"
#include "core/search/Relevance.h"
#include "core/search/SelectionState.h"

#include <functional>
#include <memory>
#include <vector>

namespace soundalike {

// The pool and selection a search ended with, and the rules that selection was made under.
struct SearchAttempt
{
    std::unique_ptr<CandidatePool> pool;
    std::unique_ptr<Relevance> relevance;
    SelectionRules rules;
    SelectionResult result;
};

// Runs a selection over a pool of candidates that grows (more neighbours per query) until the selection is
// complete or the pool cannot grow; only then, while the artist gap or cap is what blocks, loosens that rule
// one step at a time — so the rules give way only when the tracks near the seeds truly run short.
class CandidateSearch
{
public:
    // Adjusts the rules to a pool before selecting (e.g. whether to use the centroid).
    using Prepare = std::function<void(const CandidatePool&, const Relevance&, SelectionRules&)>;
    using Select =
        std::function<SelectionResult(const CandidatePool&, const Relevance&, const SelectionRules&)>;

    CandidateSearch(const SearchSpace& space, CandidatePool::Eligible eligible, bool narrow,
                    bool hubReduction);

    SearchAttempt run(const std::vector<float>& queries, int neighbours, const SelectionRules& rules,
                      const Prepare& prepare, const Select& select) const;

private:
    static void relax(SearchAttempt& attempt, const Select& select);

    SearchSpace m_space;
    CandidatePool::Eligible m_eligible;
    bool m_narrow;
    bool m_hubReduction;
};

} // namespace soundalike
