#include "tests/support/NeighbourRecall.h"

#include <set>

namespace soundalike::test {

NeighbourRecall NeighbourRecall::of(const std::vector<std::vector<Neighbor>>& exact,
                                    const std::vector<std::vector<Neighbor>>& approximate)
{
    NeighbourRecall recall;
    for (std::size_t q = 0; q < exact.size(); ++q) {
        std::set<std::int64_t> wanted;
        for (const Neighbor& n : exact[q])
            wanted.insert(n.id);
        for (const Neighbor& n : approximate[q])
            recall.found += wanted.count(n.id);
        recall.wanted += exact[q].size();
    }
    return recall;
}

} // namespace soundalike::test
