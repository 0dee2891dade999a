#pragma once

#include "core/common/Track.h"
#include "core/search/LibrarySearch.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace soundalike::cli {

class CliContext;

// The search commands' view of the library: a LibrarySearch over every track, plus seed resolution from the
// command line and a report of the index that was used.
class SearchSession
{
public:
    explicit SearchSession(CliContext& context);
    ~SearchSession();

    SearchSpace space() const { return m_search->space(); }
    const VectorTable& vectors() const { return m_search->vectors(); }
    const SimilarityIndex& index() const { return m_search->index(); }
    const Track& track(std::int64_t id) const;

    // A seed given on the command line: a file in the library or a track id. Throws std::runtime_error when
    // it is neither.
    std::int64_t resolve(const QString& seed) const;
    void cover(const std::vector<std::int64_t>& seeds) { m_search->cover(seeds); }

    // What index was used and what opening it did.
    QJsonObject indexJson() const;
    QString indexLine() const;

private:
    std::unique_ptr<LibrarySearch> m_search;
};

} // namespace soundalike::cli
