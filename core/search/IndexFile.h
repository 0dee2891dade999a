#pragma once

#include "core/search/SimilarityIndex.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace soundalike {

// What a track's vector was when it went into the index: a hash of its bytes.
struct TrackStamp
{
    std::int64_t id = 0;
    std::uint64_t stamp = 0;

    bool operator==(const TrackStamp&) const = default;
};

// What an index was built from.
struct IndexHeader
{
    QString sourceKey;
    int dimension = 0;
    std::uint64_t builtSize = 0;    // vectors when the index was built (an IVF index is trained on them)
    std::vector<TrackStamp> stamps; // sorted by id
};

// The search index on disk: the header, the faiss index, and a checksum over both, so a torn or damaged
// file is recognised before faiss parses it.
class IndexFile
{
public:
    struct Loaded
    {
        IndexHeader header;
        SimilarityIndex index;
    };

    // Throws std::runtime_error saying why the file cannot be used (missing, damaged, other format).
    static Loaded read(const QString& path);
    // Writes to a temporary file and renames it over `path` (RawFile::writeAtomically), so readers see the
    // old file or the new one.
    // Throws std::runtime_error when the file cannot be written.
    static void write(const QString& path, const IndexHeader& header, const SimilarityIndex& index);

    static std::uint64_t stamp(std::span<const float> vector);
};

} // namespace soundalike
