#include "core/search/CandidateSearch.h"

#include <algorithm>

namespace soundalike {

namespace {

constexpr int kGrowth = 4; // how many times more neighbours to ask for when the pool runs out

} // namespace

CandidateSearch::CandidateSearch(const SearchSpace& space, CandidatePool::Eligible eligible, bool narrow,
                                 bool hubReduction)
    : m_space(space), m_eligible(std::move(eligible)), m_narrow(narrow), m_hubReduction(hubReduction)
{}

SearchAttempt CandidateSearch::run(const std::vector<float>& queries, int neighbours,
                                   const SelectionRules& rules, const Prepare& prepare,
                                   const Select& select) const
{
    SearchAttempt a;
    for (int k = neighbours;; k = std::min(k * kGrowth, CandidatePool::kMaxNeighbours)) {
        a.pool = std::make_unique<CandidatePool>(m_space, queries, k, m_eligible, m_narrow);
        a.relevance = std::make_unique<Relevance>(*a.pool, queries, m_hubReduction);
        a.rules = rules;
        prepare(*a.pool, *a.relevance, a.rules);
        a.result = select(*a.pool, *a.relevance, a.rules);
        if (a.result.stop == SelectionResult::Stop::Done || a.pool->exhaustive())
            break;
    }
    relax(a, select);
    return a;
}

void CandidateSearch::relax(SearchAttempt& a, const Select& select)
{
    while (a.result.stop == SelectionResult::Stop::Blocked) {
        if (a.result.blockedByCap && a.rules.maxPerArtist > 0)
            a.rules.maxPerArtist = a.rules.maxPerArtist + 1 >= a.rules.count ? 0 : a.rules.maxPerArtist + 1;
        else if (a.rules.artistGap > 1)
            --a.rules.artistGap;
        else
            break;
        a.result = select(*a.pool, *a.relevance, a.rules);
    }
}

} // namespace soundalike
