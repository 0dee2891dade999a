#include "core/search/Explainer.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace soundalike {

namespace {

// A dimension whose share of the similarity is below this is not worth naming.
constexpr float kMinShare = 0.05f;

} // namespace

QStringList Explainer::reasons(std::span<const float> seed, std::span<const float> track, int count) const
{
    QHash<QString, float> byName;
    float total = 0;
    for (std::size_t i = 0; i < seed.size() && i < std::size_t(m_names.size()); ++i) {
        const float part = seed[i] * track[i];
        byName[m_names[qsizetype(i)]] += part;
        total += std::max(0.0f, part);
    }
    std::vector<std::pair<float, QString>> ranked;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it.value() > kMinShare * total && it.value() > 0)
            ranked.emplace_back(it.value(), it.key());
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList out;
    for (const auto& [share, name] : ranked) {
        if (out.size() >= count)
            break;
        out << name;
    }
    return out;
}

} // namespace soundalike
