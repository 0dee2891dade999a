#include "core/embedding/RelatedAlbums.h"

#include "core/common/Logging.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/Standardisation.h"
#include "core/embedding/TrackLabels.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace soundalike {

namespace {

// How alike sets of tracks sound: their mean pairwise distance over the standardised descriptors, and the
// same for random draws of a size, drawn once per size.
class Coherence
{
public:
    Coherence(const AnalysedLibrary& library, const TrackLabels& labels)
        : m_vectors(Standardisation::of(library.summaries).apply(library.summaries)),
          m_recordings(labels.recordings)
    {}

    double meanDistance(const std::vector<int>& members) const
    {
        double sum = 0;
        long pairs = 0;
        for (std::size_t a = 0; a < members.size(); ++a) {
            for (std::size_t b = a + 1; b < members.size(); ++b) {
                if (sameRecording(members[a], members[b]))
                    continue;
                sum += distance(members[a], members[b]);
                ++pairs;
            }
        }
        return pairs > 0 ? sum / double(pairs) : 0;
    }

    double pValue(const std::vector<int>& members)
    {
        const double own = meanDistance(members);
        const std::vector<double>& draws = drawsOf(int(members.size()));
        const auto asAlike = std::upper_bound(draws.begin(), draws.end(), own) - draws.begin();
        return double(1 + asAlike) / double(1 + draws.size());
    }

private:
    bool sameRecording(int a, int b) const
    {
        return !m_recordings.empty() && m_recordings[std::size_t(a)] == m_recordings[std::size_t(b)];
    }

    double distance(int a, int b) const
    {
        const float* x = m_vectors.row(a);
        const float* y = m_vectors.row(b);
        float sum = 0;
        for (int c = 0; c < m_vectors.cols; ++c)
            sum += (x[c] - y[c]) * (x[c] - y[c]);
        return std::sqrt(double(sum));
    }

    // Sorted; seeded by the size, so that a folder's verdict depends on the library alone.
    const std::vector<double>& drawsOf(int size)
    {
        auto [it, added] = m_draws.try_emplace(size);
        if (!added)
            return it->second;
        std::mt19937_64 random{std::uint64_t(size)};
        std::vector<int> pool(std::size_t(m_vectors.rows));
        std::iota(pool.begin(), pool.end(), 0);
        for (int d = 0; d < RelatedAlbums::kDraws; ++d) {
            for (int i = 0; i < size; ++i)
                std::swap(pool[std::size_t(i)], pool[std::uniform_int_distribution<std::size_t>(
                                                    std::size_t(i), pool.size() - 1)(random)]);
            it->second.push_back(meanDistance(std::vector<int>(pool.begin(), pool.begin() + size)));
        }
        std::sort(it->second.begin(), it->second.end());
        return it->second;
    }

    FeatureMatrix m_vectors;
    std::vector<int> m_recordings;
    std::map<int, std::vector<double>> m_draws;
};

} // namespace

std::vector<int> RelatedAlbums::of(const AnalysedLibrary& library, const TrackLabels& labels)
{
    std::vector<int> related = labels.albums;
    std::map<int, std::vector<int>> folders;
    for (std::size_t t = 0; t < related.size(); ++t) {
        const int album = related[t];
        if (album >= 0 && labels.isFolderAlbum(album))
            folders[album].push_back(int(t));
    }
    if (folders.empty())
        return related;
    Coherence coherence(library, labels);
    const double tested = std::max(double(kMinTracksTested), kMinLibraryShareTested * double(related.size()));
    int testedFolders = 0, dropped = 0;
    for (const auto& [album, members] : folders) {
        if (double(members.size()) < tested)
            continue;
        ++testedFolders;
        if (coherence.pValue(members) <= kSignificance)
            continue;
        ++dropped;
        for (int t : members)
            related[std::size_t(t)] = -1;
    }
    qCDebug(lcEmbedding) << dropped << "of" << testedFolders << "large folders standing in for albums (of"
                         << folders.size() << "folders) do not sound alike: their songs are negatives";
    return related;
}

double RelatedAlbums::folderPValue(const AnalysedLibrary& library, const TrackLabels& labels,
                                   const std::vector<int>& members)
{
    return Coherence(library, labels).pValue(members);
}

} // namespace soundalike
