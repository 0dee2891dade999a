#include "core/search/Explainer.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace soundalike {

namespace {

// A dimension whose share of the similarity is below this is not worth naming.
constexpr float kMinShare = 0.05f;
constexpr int kConcepts = int(ListenerConcept::Loudness) + 1;

// The groups (numbered as in `groupOf`, -1 for none) that add at least a minimal share of the inner product,
// most first; equal shares in the order `before` says.
template <typename TieBreak>
std::vector<int> ranked(const std::vector<int>& groupOf, int groups, std::span<const float> seed,
                        std::span<const float> track, TieBreak before)
{
    std::vector<float> byGroup(std::size_t(groups), 0.0f);
    float total = 0;
    for (std::size_t i = 0; i < seed.size() && i < groupOf.size(); ++i) {
        const float part = seed[i] * track[i];
        if (groupOf[i] >= 0)
            byGroup[std::size_t(groupOf[i])] += part;
        total += std::max(0.0f, part);
    }
    std::vector<int> order;
    for (int g = 0; g < groups; ++g) {
        if (byGroup[std::size_t(g)] > kMinShare * total && byGroup[std::size_t(g)] > 0)
            order.push_back(g);
    }
    std::sort(order.begin(), order.end(), [&byGroup, &before](int a, int b) {
        const float x = byGroup[std::size_t(a)];
        const float y = byGroup[std::size_t(b)];
        return x != y ? x > y : before(a, b);
    });
    return order;
}

} // namespace

Explainer::Explainer(const QStringList& dimensionNames)
{
    QHash<QString, int> groups;
    m_groupOf.reserve(std::size_t(dimensionNames.size()));
    for (const QString& name : dimensionNames) {
        auto it = groups.constFind(name);
        if (it == groups.cend()) {
            it = groups.insert(name, int(m_groupNames.size()));
            m_groupNames << name;
        }
        m_groupOf.push_back(*it);
        const auto concept_ = listenerConceptOf(name);
        m_conceptOf.push_back(concept_ ? int(*concept_) : -1);
        m_unconceptualGroupOf.push_back(concept_ ? -1 : *it);
    }
}

QStringList Explainer::reasons(std::span<const float> seed, std::span<const float> track, int count) const
{
    // The sentence's concepts first, each by its strongest dimension, so that scripts read the same reasons
    // as people: one of 119 dimensions alone seldom holds the share a whole concept does.
    QStringList out;
    for (const ListenerConcept c : concepts(seed, track, count)) {
        int strongest = -1;
        float most = 0;
        for (std::size_t i = 0; i < seed.size() && i < m_conceptOf.size(); ++i) {
            if (m_conceptOf[i] == int(c) && seed[i] * track[i] > most) {
                most = seed[i] * track[i];
                strongest = int(i);
            }
        }
        if (strongest >= 0)
            out << m_groupNames[m_groupOf[std::size_t(strongest)]];
    }
    // Then the dimensions outside every concept (tags, a learned embedding's), by their share.
    const auto byName = [this](int a, int b) { return m_groupNames[a] < m_groupNames[b]; };
    for (int group : ranked(m_unconceptualGroupOf, int(m_groupNames.size()), seed, track, byName)) {
        if (out.size() >= count)
            break;
        out << m_groupNames[group];
    }
    return out;
}

std::vector<ListenerConcept> Explainer::concepts(std::span<const float> seed, std::span<const float> track,
                                                 int count) const
{
    std::vector<ListenerConcept> out;
    for (int c : ranked(m_conceptOf, kConcepts, seed, track, std::less<int>())) {
        if (int(out.size()) >= count)
            break;
        out.push_back(ListenerConcept(c));
    }
    return out;
}

} // namespace soundalike
