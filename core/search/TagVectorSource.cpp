#include "core/search/TagVectorSource.h"

#include "core/search/TagEncoder.h"

namespace soundalike {

VectorTable TagVectorSource::load()
{
    const TagEncoder encoder(m_tracks);
    VectorTable table(encoder.key(), encoder.dimensionNames());
    table.reserve(m_tracks.size());
    std::vector<float> vector(std::size_t(table.dimension()));
    for (const Track& t : m_tracks) {
        encoder.encode(t, vector);
        table.add(t.id, vector);
    }
    return table;
}

} // namespace soundalike
