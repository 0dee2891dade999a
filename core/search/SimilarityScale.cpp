#include "core/search/SimilarityScale.h"

#include "core/search/InnerProducts.h"
#include "core/search/VectorTable.h"

#include <algorithm>
#include <cmath>

namespace soundalike {

namespace {

// Rows compared against columns: at most 256 × 2048 pairs, a few milliseconds at any library size, and
// enough that each percentile rests on thousands of pairs.
constexpr std::size_t kSampleRows = 256;
constexpr std::size_t kSampleColumns = 2048;
// Fewer pairs than this leave the share above the fit line without a single pair.
constexpr std::size_t kMinPairs = std::size_t(1.0 / (1.0 - SimilarityScale::kFitPercentile) + 0.5);

// Evenly spaced rows with a vector (all-zero vectors are similar to nothing and say nothing about the scale).
std::vector<std::size_t> spacedRows(const std::vector<std::size_t>& usable, std::size_t most)
{
    std::vector<std::size_t> rows;
    const std::size_t n = usable.size();
    const std::size_t take = std::min(n, most);
    for (std::size_t i = 0; i < take; ++i)
        rows.push_back(usable[i * n / take]);
    return rows;
}

std::vector<float> gather(const VectorTable& vectors, const std::vector<std::size_t>& rows)
{
    std::vector<float> out;
    out.reserve(rows.size() * std::size_t(vectors.dimension()));
    for (std::size_t r : rows) {
        const auto v = vectors.vector(r);
        out.insert(out.end(), v.begin(), v.end());
    }
    return out;
}

} // namespace

SimilarityScale::SimilarityScale(const VectorTable& vectors, const AlbumOf& albumOf)
{
    std::vector<std::size_t> usable;
    for (std::size_t r = 0; r < vectors.size(); ++r) {
        const auto v = vectors.vector(r);
        if (std::any_of(v.begin(), v.end(), [](float x) { return x != 0.0f; }))
            usable.push_back(r);
    }
    if (usable.size() < 2)
        return;
    const std::vector<std::size_t> rows = spacedRows(usable, kSampleRows);
    const std::vector<std::size_t> columns = spacedRows(usable, kSampleColumns);
    const std::size_t d = std::size_t(vectors.dimension());
    const std::vector<float> a = gather(vectors, rows);
    const std::vector<float> b = gather(vectors, columns);
    const std::vector<float> all = innerProducts(a.data(), rows.size(), b.data(), columns.size(), d);
    // Only the sampled rows' albums are asked for: a few thousand, whatever the library's size.
    const auto albumsOf = [&](const std::vector<std::size_t>& sampled) {
        std::vector<int> albums(sampled.size(), -1);
        if (albumOf)
            std::transform(sampled.begin(), sampled.end(), albums.begin(), albumOf);
        return albums;
    };
    const std::vector<int> rowAlbums = albumsOf(rows), columnAlbums = albumsOf(columns);
    std::vector<float> pairs, sameAlbum;
    pairs.reserve(all.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < columns.size(); ++j) {
            if (rows[i] == columns[j])
                continue;
            const bool oneAlbum = rowAlbums[i] >= 0 && rowAlbums[i] == columnAlbums[j];
            (oneAlbum ? sameAlbum : pairs).push_back(all[i * columns.size() + j]);
        }
    }
    // A library of one album, or nearly: too few pairs of two albums to put a line among, so all pairs count.
    if (pairs.size() < kMinPairs)
        pairs.insert(pairs.end(), sameAlbum.begin(), sameAlbum.end());
    std::sort(pairs.begin(), pairs.end());
    for (std::size_t q = 0; q < kQuantiles; ++q)
        m_quantiles[q] = pairs[std::min(pairs.size() - 1, q * (pairs.size() - 1) / (kQuantiles - 1))];
    m_fitThreshold = m_quantiles[std::size_t(std::lround(kFitPercentile * double(kQuantiles - 1)))];
    m_known = true;
}

double SimilarityScale::percentile(float similarity) const
{
    if (!m_known)
        return std::clamp(double(similarity), 0.0, 1.0);
    const auto above = std::upper_bound(m_quantiles.begin(), m_quantiles.end(), similarity);
    const auto q = std::size_t(above - m_quantiles.begin());
    if (q == 0)
        return 0.0;
    if (q == kQuantiles)
        return 1.0;
    // Linear between the two quantiles around it.
    const float low = m_quantiles[q - 1], high = m_quantiles[q];
    const double within = high > low ? double(similarity - low) / double(high - low) : 1.0;
    return (double(q - 1) + within) / double(kQuantiles - 1);
}

double SimilarityScale::match(float similarity) const
{
    if (!m_known)
        return std::clamp(double(similarity), 0.0, 1.0);
    if (similarity < m_fitThreshold)
        return kFitMatch * percentile(similarity) / kFitPercentile;
    const double room = 1.0 - double(m_fitThreshold);
    if (room <= 1e-6)
        return 1.0;
    return std::min(1.0, kFitMatch + (1.0 - kFitMatch) * double(similarity - m_fitThreshold) / room);
}

} // namespace soundalike
