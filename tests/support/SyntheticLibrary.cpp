#include "tests/support/SyntheticLibrary.h"

#include <cmath>
#include <random>

namespace soundalike::test {

namespace {

QStringList dimensionNames(int dimension)
{
    QStringList names;
    for (int i = 0; i < dimension; ++i)
        names << QStringLiteral("d%1").arg(i);
    return names;
}

// Box-Muller on a fixed engine: the same library on every machine and standard library.
class Gaussian
{
public:
    explicit Gaussian(std::uint64_t seed) : m_random(seed) {}

    double operator()()
    {
        const double u = (double(m_random() >> 11) + 0.5) * 0x1.0p-53;
        const double v = double(m_random() >> 11) * 0x1.0p-53;
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }

    std::uint64_t raw() { return m_random(); }

private:
    std::mt19937_64 m_random;
};

// A random offset of about `norm` in length.
std::vector<float> offset(Gaussian& g, int d, double norm, const std::vector<float>* from)
{
    std::vector<float> v(static_cast<std::size_t>(d));
    const double scale = norm / std::sqrt(double(d));
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = (from ? (*from)[i] : 0.0f) + float(g() * scale);
    return v;
}

} // namespace

SyntheticLibrary::SyntheticLibrary(const SyntheticOptions& o)
    : m_vectors(QStringLiteral("synthetic/%1/%2").arg(o.seed).arg(o.tracks), dimensionNames(o.dimension))
{
    Gaussian g(o.seed);
    std::vector<std::vector<float>> genres;
    for (int i = 0; i < o.genres; ++i)
        genres.push_back(offset(g, o.dimension, 1.0, nullptr));
    m_vectors.reserve(o.tracks);
    m_catalog.reserve(o.tracks);
    m_genres.reserve(o.tracks);
    std::vector<float> artist, album;
    int genre = 0;
    for (std::size_t row = 0; row < o.tracks; ++row) {
        const std::size_t albumNumber = row / std::size_t(o.tracksPerAlbum);
        const std::size_t artistNumber = albumNumber / std::size_t(o.albumsPerArtist);
        if (row % std::size_t(o.tracksPerAlbum * o.albumsPerArtist) == 0) {
            genre = int(g.raw() % std::uint64_t(o.genres));
            artist = offset(g, o.dimension, o.artistSpread, &genres[std::size_t(genre)]);
        }
        if (row % std::size_t(o.tracksPerAlbum) == 0)
            album = offset(g, o.dimension, o.albumSpread, &artist);
        const std::int64_t id = std::int64_t(row) + 1;
        m_vectors.add(id, offset(g, o.dimension, o.trackNoise, &album));
        m_genres.push_back(genre);
        TrackMeta meta;
        meta.id = id;
        meta.artist = QStringLiteral("Artist %1").arg(artistNumber);
        meta.title = QStringLiteral("Song %1").arg(row);
        meta.album = QStringLiteral("Album %1").arg(albumNumber);
        meta.genres = {QStringLiteral("genre %1").arg(genre)};
        meta.year = 1950 + int((artistNumber * 7 + std::size_t(genre) * 13) % 70);
        meta.durationMs = 120000 + int(g.raw() % 240000);
        m_catalog.add(std::move(meta));
    }
}

} // namespace soundalike::test
