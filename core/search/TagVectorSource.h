#pragma once

#include "core/common/Track.h"
#include "core/search/VectorSource.h"

#include <vector>

namespace soundalike {

// Vectors from tags alone (see TagEncoder): available the moment a library is scanned, so a new user gets a
// playlist before any audio is analysed.
class TagVectorSource : public VectorSource
{
public:
    explicit TagVectorSource(const std::vector<Track>& tracks) : m_tracks(tracks) {}

    QString name() const override { return QStringLiteral("tags"); }
    VectorTable load() override;

private:
    const std::vector<Track>& m_tracks;
};

} // namespace soundalike
