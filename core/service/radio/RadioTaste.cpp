#include "core/service/radio/RadioTaste.h"

#include <algorithm>

namespace soundalike {

namespace {

constexpr double kSeedWeight = 1.0;
constexpr double kLikedWeight = 1.0;
constexpr double kMarkedWeight = 2.0;
// What a song played through or skipped does to the anchor it was chosen for: one skip undoes a seed, and
// takes two plays to make up for.
constexpr double kPlayedBonus = 0.5;
constexpr double kSkipPenalty = 1.0;

} // namespace

void RadioTaste::reset(const std::vector<std::int64_t>& seeds)
{
    m_anchors.clear();
    m_avoided.clear();
    m_clock = 0;
    for (const std::int64_t id : seeds) {
        if (!find(id))
            m_anchors.push_back({id, kSeedWeight, ++m_clock});
    }
}

RadioTaste::Anchor* RadioTaste::find(std::int64_t id)
{
    const auto it =
        std::find_if(m_anchors.begin(), m_anchors.end(), [id](const Anchor& a) { return a.id == id; });
    return it == m_anchors.end() ? nullptr : &*it;
}

void RadioTaste::adjust(std::int64_t anchor, double by)
{
    if (Anchor* a = find(anchor))
        a->weight += by;
}

void RadioTaste::like(std::int64_t trackId, std::int64_t cameFrom, bool strongly)
{
    if (cameFrom != trackId)
        adjust(cameFrom, kPlayedBonus);
    std::erase(m_avoided, trackId);
    const double weight = strongly ? kMarkedWeight : kLikedWeight;
    if (Anchor* a = find(trackId)) {
        a->weight = std::max(a->weight, weight);
        a->order = ++m_clock;
        return;
    }
    m_anchors.push_back({trackId, weight, ++m_clock});
}

void RadioTaste::dislike(std::int64_t trackId, std::int64_t cameFrom)
{
    adjust(cameFrom, -kSkipPenalty);
    if (Anchor* a = find(trackId))
        a->weight = std::min(a->weight, 0.0);
    std::erase(m_avoided, trackId);
    m_avoided.push_back(trackId);
    if (int(m_avoided.size()) > kMaxAvoided)
        m_avoided.erase(m_avoided.begin());
}

std::vector<std::int64_t> RadioTaste::anchors() const
{
    std::vector<Anchor> ranked = m_anchors;
    std::sort(ranked.begin(), ranked.end(), [](const Anchor& a, const Anchor& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.order > b.order;
    });
    std::vector<std::int64_t> ids;
    for (const Anchor& a : ranked) {
        if (int(ids.size()) < kMaxAnchors && (a.weight > 0 || ids.empty()))
            ids.push_back(a.id);
    }
    return ids;
}

double RadioTaste::weight(std::int64_t anchor) const
{
    const auto it = std::find_if(m_anchors.begin(), m_anchors.end(),
                                 [anchor](const Anchor& a) { return a.id == anchor; });
    return it == m_anchors.end() ? 0.0 : it->weight;
}

} // namespace soundalike
