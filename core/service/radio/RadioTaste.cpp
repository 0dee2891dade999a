#include "core/service/radio/RadioTaste.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace soundalike {

namespace {

constexpr double kSeedWeight = 1.0;
constexpr double kLikedWeight = 1.0;
constexpr double kMarkedWeight = 2.0;
// What a song played through or skipped does to the anchor it was chosen for: one skip undoes a seed, and
// takes two plays to make up for.
constexpr double kPlayedBonus = 0.5;
constexpr double kSkipPenalty = 1.0;

// Puts `id` last in `list`, and returns the id that fell off its front to keep it at `most`, or 0.
std::int64_t remember(std::vector<std::int64_t>& list, std::int64_t id, int most)
{
    std::erase(list, id);
    list.push_back(id);
    if (int(list.size()) <= most)
        return 0;
    const std::int64_t dropped = list.front();
    list.erase(list.begin());
    return dropped;
}

// The mean of the `k` largest values.
float meanOfLargest(std::vector<float>& values, std::size_t k)
{
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(k), values.end(), std::greater<>());
    float sum = 0;
    for (std::size_t i = 0; i < k; ++i)
        sum += values[i];
    return sum / float(k);
}

} // namespace

void RadioTaste::reset(const std::vector<std::int64_t>& seeds)
{
    m_anchors.clear();
    m_liked.clear();
    m_avoided.clear();
    m_clock = 0;
    for (const std::int64_t id : seeds) {
        if (!find(id))
            m_anchors.push_back({id, kSeedWeight, ++m_clock, true});
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
    // A liked song forgotten stops being an anchor; a seed stays one.
    if (const std::int64_t forgotten = remember(m_liked, trackId, kMaxLiked))
        std::erase_if(m_anchors, [forgotten](const Anchor& a) { return a.id == forgotten && !a.seed; });
    const double weight = strongly ? kMarkedWeight : kLikedWeight;
    if (Anchor* a = find(trackId)) {
        a->weight = std::max(a->weight, weight);
        a->order = ++m_clock;
        return;
    }
    m_anchors.push_back({trackId, weight, ++m_clock, false});
}

void RadioTaste::dislike(std::int64_t trackId, std::int64_t cameFrom)
{
    adjust(cameFrom, -kSkipPenalty);
    if (Anchor* a = find(trackId))
        a->weight = std::min(a->weight, 0.0);
    std::erase(m_liked, trackId);
    remember(m_avoided, trackId, kMaxAvoided);
}

std::vector<std::int64_t> RadioTaste::liked() const
{
    std::vector<std::int64_t> ids;
    for (const Anchor& a : m_anchors) {
        if (a.seed && a.weight > 0 && std::find(m_liked.begin(), m_liked.end(), a.id) == m_liked.end())
            ids.push_back(a.id);
    }
    ids.insert(ids.end(), m_liked.begin(), m_liked.end());
    if (!ids.empty())
        return ids;
    // Every song so far skipped and nothing liked: the seeds are still what the listener asked for (the least
    // disliked of them), or every candidate would lean to the skipped and the radio would fall silent.
    double best = -std::numeric_limits<double>::infinity();
    for (const Anchor& a : m_anchors) {
        if (a.seed)
            best = std::max(best, a.weight);
    }
    for (const Anchor& a : m_anchors) {
        if (a.seed && a.weight == best)
            ids.push_back(a.id);
    }
    return ids;
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

float RadioTaste::leaning(std::vector<float> toLiked, std::vector<float> toAvoided)
{
    if (toAvoided.empty())
        return 1.0f;
    if (toLiked.empty())
        return -1.0f;
    const std::size_t k = std::min({std::size_t(kNeighbours), toLiked.size(), toAvoided.size()});
    return meanOfLargest(toLiked, k) - meanOfLargest(toAvoided, k);
}

} // namespace soundalike
