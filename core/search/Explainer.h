#pragma once

#include <QStringList>

#include <span>

namespace soundalike {

// Names what a track shares most with its seed: the named dimensions that add most to their inner product
// (dimensions with the same name, such as the hashed "artist" buckets, count together).
class Explainer
{
public:
    explicit Explainer(const QStringList& dimensionNames) : m_names(dimensionNames) {}

    QStringList reasons(std::span<const float> seed, std::span<const float> track, int count = 3) const;

private:
    const QStringList& m_names;
};

} // namespace soundalike
