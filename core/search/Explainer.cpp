#include "core/search/Explainer.h"

#include <QHash>

#include <algorithm>

namespace soundalike {

namespace {

// A dimension whose share of the similarity is below this is not worth naming.
constexpr float kMinShare = 0.05f;

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
    }
}

QStringList Explainer::reasons(std::span<const float> seed, std::span<const float> track, int count) const
{
    std::vector<float> byGroup(std::size_t(m_groupNames.size()), 0.0f);
    float total = 0;
    for (std::size_t i = 0; i < seed.size() && i < m_groupOf.size(); ++i) {
        const float part = seed[i] * track[i];
        byGroup[std::size_t(m_groupOf[i])] += part;
        total += std::max(0.0f, part);
    }
    std::vector<std::pair<float, int>> ranked;
    for (std::size_t g = 0; g < byGroup.size(); ++g) {
        if (byGroup[g] > kMinShare * total && byGroup[g] > 0)
            ranked.emplace_back(byGroup[g], int(g));
    }
    std::sort(ranked.begin(), ranked.end(), [this](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : m_groupNames[a.second] < m_groupNames[b.second];
    });
    QStringList out;
    for (const auto& [share, group] : ranked) {
        if (out.size() >= count)
            break;
        out << m_groupNames[group];
    }
    return out;
}

} // namespace soundalike
