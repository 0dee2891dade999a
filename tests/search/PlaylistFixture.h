#pragma once

#include "core/search/PlaylistGenerator.h"
#include "core/search/SearchSpace.h"

#include <memory>
#include <optional>
#include <random>

namespace soundalike::test {

// A small library made track by track in a test: vectors placed by hand around named directions, metadata
// as the test needs it. Dimension i is named "d<i>".
class PlaylistFixture
{
public:
    static constexpr int kDimension = 16;

    PlaylistFixture();

    struct Spec
    {
        Spec(QString artist, QString title = {}, QStringList genres = {QStringLiteral("rock")},
             int year = 2000, int durationMs = 200000, bool available = true)
            : artist(std::move(artist)), title(std::move(title)), genres(std::move(genres)), year(year),
              durationMs(durationMs), available(available)
        {}

        QString artist;
        QString title;
        QStringList genres;
        int year;
        int durationMs;
        bool available;
    };

    std::int64_t add(const Spec& spec, const std::vector<float>& vector);
    // A vector near unit direction `axis`, `noise` the size of a random offset.
    std::vector<float> near(int axis, double noise);
    // cos(angle)·e_a + sin(angle)·e_b plus noise.
    std::vector<float> between(int a, int b, double angle, double noise);

    void setDuplicateSimilarity(float similarity) { m_vectors.setDuplicateSimilarity(similarity); }
    void setIndexPolicy(const IndexPolicy& policy) { m_policy = policy; }

    GeneratedPlaylist make(const GenerationRequest& request);
    SearchSpace space();
    const SearchCatalog::Entry& entry(std::int64_t id) const { return *m_catalog.find(id); }
    float similarity(std::int64_t a, std::int64_t b) const;
    std::size_t size() const { return m_vectors.size(); }

private:
    VectorTable m_vectors;
    SearchCatalog m_catalog;
    IndexPolicy m_policy;
    std::optional<SimilarityIndex> m_index;
    std::mt19937_64 m_random{42};
    std::int64_t m_nextId = 1;
};

// A request for `count` tracks like `seeds`, everything else as the app's defaults.
GenerationRequest request(std::vector<std::int64_t> seeds, int count);

// Assertions about finished playlists, shared by the generator tests.
std::vector<std::int64_t> idsOf(const GeneratedPlaylist& playlist);
// The smallest distance in places between two tracks by the same artist (a large number when none repeat).
int smallestArtistGap(const PlaylistFixture& library, const GeneratedPlaylist& playlist);

} // namespace soundalike::test
