#pragma once

#include <QStringList>

#include <span>
#include <vector>

namespace soundalike {

// Names what a track shares most with its seed: the named dimensions that add most to their inner product
// (dimensions with the same name, such as the hashed "artist" buckets, count together).
class Explainer
{
public:
    explicit Explainer(const QStringList& dimensionNames);

    QStringList reasons(std::span<const float> seed, std::span<const float> track, int count = 3) const;

private:
    // Dimensions grouped by name once, so that explaining a pick costs no string hashing.
    std::vector<int> m_groupOf; // per dimension
    QStringList m_groupNames;
};

} // namespace soundalike
