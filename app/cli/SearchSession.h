#pragma once

#include "core/common/Track.h"
#include "core/search/SearchSpace.h"
#include "core/search/StoredIndex.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace soundalike::cli {

class CliContext;

// Everything the search commands share: the library's tracks, their vectors from the current source, and
// the search index beside the database (loaded, updated or rebuilt as needed).
class SearchSession
{
public:
    explicit SearchSession(CliContext& context);
    ~SearchSession();

    SearchSpace space() const { return {*m_vectors, *m_index, m_catalog}; }
    const VectorTable& vectors() const { return *m_vectors; }
    const SimilarityIndex& index() const { return *m_index; }
    const Track& track(std::int64_t id) const;

    // A seed given on the command line: a file in the library or a track id. Throws std::runtime_error when
    // it is neither.
    std::int64_t resolve(const QString& seed) const;

    // What index was used and what opening it did.
    QJsonObject indexJson() const;
    QString indexLine() const;

private:
    std::vector<Track> m_tracks;
    std::unordered_map<std::int64_t, std::size_t> m_rows;
    TrackCatalog m_catalog;
    std::unique_ptr<VectorTable> m_vectors;
    std::unique_ptr<SimilarityIndex> m_index;
    QString m_indexPath;
    IndexStatus m_status;
};

} // namespace soundalike::cli
