#include "core/search/LibrarySearch.h"

#include "core/common/AlbumKeys.h"
#include "core/search/AudioVectorSources.h"
#include "core/storage/FingerprintStore.h"

#include <algorithm>

namespace soundalike {

LibrarySearch::LibrarySearch(Database& db, QString databasePath, std::vector<Track> tracks,
                             const std::vector<std::int64_t>& seeds)
    : m_db(db), m_databasePath(std::move(databasePath)), m_tracks(std::move(tracks)),
      m_catalog(SearchCatalog::fromTracks(m_tracks))
{
    for (std::size_t i = 0; i < m_tracks.size(); ++i)
        m_rows.emplace(m_tracks[i].id, i);
    m_catalog.joinSongs(FingerprintStore(m_db).groups());
    open(seeds);
}

LibrarySearch::~LibrarySearch() = default;

const Track* LibrarySearch::track(std::int64_t id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : &m_tracks[it->second];
}

void LibrarySearch::open(const std::vector<std::int64_t>& seeds)
{
    VectorSourceChoice choice = chooseVectorSource(m_db, m_tracks, seeds);
    m_source = std::move(choice.source);
    m_sourceNote = choice.note;
    m_vectors = std::make_unique<VectorTable>(std::move(choice.table));
    const AlbumKeys keys(m_tracks);
    std::unordered_map<QString, int> albums;
    m_scale = std::make_unique<SimilarityScale>(*m_vectors, [&](std::size_t row) {
        const Track* t = track(m_vectors->id(row));
        const auto album = t ? keys.of(*t) : std::nullopt;
        return album ? albums.try_emplace(album->key, int(albums.size())).first->second : -1;
    });
    m_explanation.reset();
    if (m_source->name() == QLatin1String("embedding"))
        m_explanation =
            std::make_unique<VectorTable>(DescriptorVectorSource(m_db, choice.descriptorVersion).load());
    m_indexPath = StoredIndex::pathFor(m_databasePath, m_source->name());
    m_index = std::make_unique<SimilarityIndex>(StoredIndex::open(m_indexPath, *m_vectors, {}, &m_status));
}

void LibrarySearch::cover(const std::vector<std::int64_t>& seeds)
{
    if (!std::all_of(seeds.begin(), seeds.end(),
                     [&](std::int64_t id) { return m_vectors->row(id).has_value(); })) {
        open(seeds);
        m_coveringSeeds = true;
    }
}

} // namespace soundalike
