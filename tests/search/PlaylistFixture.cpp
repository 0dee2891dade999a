#include "tests/search/PlaylistFixture.h"

#include "core/search/InnerProducts.h"

#include <cmath>

namespace soundalike::test {

namespace {

QStringList names()
{
    QStringList out;
    for (int i = 0; i < PlaylistFixture::kDimension; ++i)
        out << QStringLiteral("d%1").arg(i);
    return out;
}

} // namespace

PlaylistFixture::PlaylistFixture() : m_vectors(QStringLiteral("fixture"), names()) {}

std::int64_t PlaylistFixture::add(const Spec& spec, const std::vector<float>& vector)
{
    const std::int64_t id = m_nextId++;
    m_vectors.add(id, vector);
    m_catalog.add({id, spec.artist, spec.title.isEmpty() ? QStringLiteral("Song %1").arg(id) : spec.title,
                   QStringLiteral("Album"), spec.genres, spec.year, spec.durationMs, spec.available});
    m_index.reset();
    return id;
}

std::vector<float> PlaylistFixture::near(int axis, double noise)
{
    std::vector<float> v(kDimension, 0.0f);
    v[std::size_t(axis)] = 1.0f;
    std::uniform_real_distribution<double> offset(-1.0, 1.0);
    for (float& x : v)
        x += float(offset(m_random) * noise / std::sqrt(double(kDimension) / 3.0));
    return v;
}

std::vector<float> PlaylistFixture::between(int a, int b, double angle, double noise)
{
    std::vector<float> v = near(a, noise);
    v[std::size_t(a)] += float(std::cos(angle)) - 1.0f;
    v[std::size_t(b)] += float(std::sin(angle));
    return v;
}

SearchSpace PlaylistFixture::space()
{
    if (!m_index)
        m_index.emplace(SimilarityIndex::build(m_vectors, m_policy));
    return {m_vectors, *m_index, m_catalog};
}

GeneratedPlaylist PlaylistFixture::make(const GenerationRequest& request)
{
    return PlaylistGenerator(space()).generate(request);
}

float PlaylistFixture::similarity(std::int64_t a, std::int64_t b) const
{
    return dot(m_vectors.vector(*m_vectors.row(a)).data(), m_vectors.vector(*m_vectors.row(b)).data(),
               kDimension);
}

GenerationRequest request(std::vector<std::int64_t> seeds, int count)
{
    GenerationRequest r;
    r.seeds = std::move(seeds);
    r.count = count;
    return r;
}

std::vector<std::int64_t> idsOf(const GeneratedPlaylist& playlist)
{
    std::vector<std::int64_t> ids;
    for (const SuggestedTrack& e : playlist.entries)
        ids.push_back(e.trackId);
    return ids;
}

int smallestArtistGap(const PlaylistFixture& library, const GeneratedPlaylist& playlist)
{
    int smallest = 1 << 20;
    for (std::size_t i = 0; i < playlist.entries.size(); ++i) {
        for (std::size_t j = i + 1; j < playlist.entries.size(); ++j) {
            if (library.entry(playlist.entries[i].trackId).artist ==
                library.entry(playlist.entries[j].trackId).artist)
                smallest = std::min(smallest, int(j - i));
        }
    }
    return smallest;
}

} // namespace soundalike::test
