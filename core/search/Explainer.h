#pragma once

#include "core/search/ListenerConcept.h"

#include <QStringList>

#include <span>
#include <vector>

namespace soundalike {

// Names what a track shares most with its seed: the listener concepts whose dimensions add most to their
// inner product, for people; and for scripts, the same concepts' strongest dimensions, then the named
// dimensions outside any concept that add most (dimensions with the same name, such as the hashed "artist"
// buckets, count together).
class Explainer
{
public:
    explicit Explainer(const QStringList& dimensionNames);

    [[nodiscard]] QStringList reasons(std::span<const float> seed, std::span<const float> track,
                                      int count = 3) const;
    // The concepts that add most to the inner product, most first; none when the dimensions have no concept
    // (tags, a learned embedding).
    [[nodiscard]] std::vector<ListenerConcept> concepts(std::span<const float> seed,
                                                        std::span<const float> track, int count = 3) const;

private:
    // Dimensions grouped by name and by concept once, so that explaining a pick costs no string hashing.
    std::vector<int> m_groupOf;             // per dimension
    std::vector<int> m_conceptOf;           // per dimension; -1 for none
    std::vector<int> m_unconceptualGroupOf; // m_groupOf for dimensions without a concept, else -1
    QStringList m_groupNames;
};

} // namespace soundalike
