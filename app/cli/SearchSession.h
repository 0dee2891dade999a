#pragma once

#include "core/common/Track.h"
#include "core/search/SearchSpace.h"
#include "core/search/StoredIndex.h"
#include "core/search/VectorSource.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace soundalike {
class Database;
}

namespace soundalike::cli {

class CliContext;

// Everything the search commands share: the library's tracks, their vectors from the current source, and
// the search index beside the database (loaded, updated or rebuilt as needed).
class SearchSession
{
public:
    explicit SearchSession(CliContext& context);
    ~SearchSession();

    SearchSpace space() const { return {*m_vectors, *m_index, m_catalog, m_explanation.get()}; }
    const VectorTable& vectors() const { return *m_vectors; }
    const SimilarityIndex& index() const { return *m_index; }
    const Track& track(std::int64_t id) const;

    // A seed given on the command line: a file in the library or a track id. Throws std::runtime_error when
    // it is neither.
    std::int64_t resolve(const QString& seed) const;

    // Switches to a source that has vectors for every one of `seeds` (tags have all), if the chosen one lacks
    // some: an unanalysed seed still gets a playlist.
    void cover(const std::vector<std::int64_t>& seeds);
    // Why the source in use was chosen, when it is a fallback.
    const QString& sourceNote() const { return m_sourceNote; }

    // What index was used and what opening it did.
    QJsonObject indexJson() const;
    QString indexLine() const;

private:
    std::vector<Track> m_tracks;
    std::unordered_map<std::int64_t, std::size_t> m_rows;
    TrackCatalog m_catalog;
    std::unique_ptr<VectorTable> m_vectors;
    std::unique_ptr<VectorTable> m_explanation; // descriptors, when the vectors are a learned embedding
    std::unique_ptr<SimilarityIndex> m_index;
    void open(const std::vector<std::int64_t>& seeds);

    Database* m_database;
    QString m_databasePath;
    std::unique_ptr<VectorSource> m_source;
    QString m_sourceNote;
    QString m_indexPath;
    IndexStatus m_status;
};

} // namespace soundalike::cli
