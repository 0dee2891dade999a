#pragma once

#include "core/search/SearchCatalog.h"
#include "core/search/VectorTable.h"

#include <cstdint>
#include <vector>

namespace soundalike::test {

struct SyntheticOptions
{
    std::size_t tracks = 10000;
    int dimension = 64;
    int genres = 32;
    int tracksPerAlbum = 10;
    int albumsPerArtist = 5;
    // Distances (as vector norms) of each level from the one above it: artist from genre, album from artist,
    // track from album. Chosen so the 50 nearest tracks span several albums and artists, as in real
    // embeddings, which keeps approximate search honest.
    double artistSpread = 0.8;
    double albumSpread = 0.5;
    double trackNoise = 1.0;
    std::uint64_t seed = 1;
};

// A library whose vectors cluster like learned embeddings do — tracks near their album, albums near their
// artist, artists near their genre — with metadata that agrees (same album, same artist, same genre), for
// tests and benchmarks that need many tracks. Track ids are 1..tracks.
class SyntheticLibrary
{
public:
    explicit SyntheticLibrary(const SyntheticOptions& options);

    const VectorTable& vectors() const { return m_vectors; }
    const SearchCatalog& catalog() const { return m_catalog; }
    int genreOf(std::int64_t id) const { return m_genres[std::size_t(id - 1)]; }

private:
    VectorTable m_vectors;
    SearchCatalog m_catalog;
    std::vector<int> m_genres;
};

} // namespace soundalike::test
