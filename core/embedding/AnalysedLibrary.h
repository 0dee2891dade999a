#pragma once

#include "core/embedding/FeatureMatrix.h"

#include <cstdint>
#include <vector>

namespace soundalike {

class Database;

// Every analysed track's descriptor of one version, in memory as matrices: what training and embedding
// read. 10,000 tracks of ~100 dimensions with ~12 segments each is ~50 MB.
struct AnalysedLibrary
{
    std::vector<std::int64_t> trackIds;
    FeatureMatrix summaries;       // one row per track
    FeatureMatrix segments;        // one row per segment
    std::vector<int> segmentOwner; // segments row → index into trackIds

    static AnalysedLibrary load(Database& db, int descriptorVersion);
    int indexOf(std::int64_t trackId) const;
    // The library restricted to `tracks` (indices), keeping their segments.
    AnalysedLibrary subset(const std::vector<int>& tracks) const;
};

} // namespace soundalike
