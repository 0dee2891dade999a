#pragma once

#include "core/common/Track.h"
#include "core/search/SearchCatalog.h"
#include "core/search/SearchSpace.h"
#include "core/search/StoredIndex.h"
#include "core/search/VectorSource.h"

#include <memory>
#include <vector>

namespace soundalike {

class Database;

// Everything a playlist is made from, for one library: its tracks, the vectors of the best source that
// covers them and the seeds, the stored index over those vectors (loaded, updated or rebuilt), and named
// descriptor vectors to explain picks from a learned embedding. Used by the command line and the app alike.
class LibrarySearch
{
public:
    LibrarySearch(Database& db, QString databasePath, std::vector<Track> tracks,
                  const std::vector<std::int64_t>& seeds = {});
    ~LibrarySearch();

    SearchSpace space() const
    {
        return {*m_vectors, *m_index, m_catalog, m_explanation.get(), m_scale.get()};
    }
    const std::vector<Track>& tracks() const { return m_tracks; }
    const Track* track(std::int64_t id) const;
    const VectorTable& vectors() const { return *m_vectors; }
    const SimilarityIndex& index() const { return *m_index; }
    const IndexStatus& indexStatus() const { return m_status; }
    const QString& indexPath() const { return m_indexPath; }
    // Why the source in use was chosen, when it is a fallback.
    const QString& sourceNote() const { return m_sourceNote; }

    // Switches to a source with vectors for every one of `seeds` (tags have all), if the current one lacks
    // some: an unanalysed seed still gets a playlist.
    void cover(const std::vector<std::int64_t>& seeds);
    // Whether cover() left the source the library itself would choose, for seeds it lacked.
    bool coveringSeeds() const { return m_coveringSeeds; }

private:
    void open(const std::vector<std::int64_t>& seeds);

    Database& m_db;
    QString m_databasePath;
    std::vector<Track> m_tracks;
    std::unordered_map<std::int64_t, std::size_t> m_rows;
    SearchCatalog m_catalog;
    std::unique_ptr<VectorSource> m_source;
    std::unique_ptr<VectorTable> m_vectors;
    std::unique_ptr<VectorTable> m_explanation;
    std::unique_ptr<SimilarityIndex> m_index;
    std::unique_ptr<SimilarityScale> m_scale;
    QString m_indexPath;
    QString m_sourceNote;
    IndexStatus m_status;
    bool m_coveringSeeds = false;
};

} // namespace soundalike
