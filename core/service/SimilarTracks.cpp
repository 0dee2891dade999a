#include "core/service/SimilarTracks.h"
#include "core/service/TrackArgument.h"

#include "core/common/Logging.h"
#include "core/search/LibrarySearch.h"
#include "core/search/PlaylistGenerator.h"
#include "core/service/playlists/PickExplanation.h"
#include "core/storage/Database.h"
#include "core/storage/ListeningStore.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/SearchChanges.h"
#include "core/storage/TrackStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <numeric>
#include <stdexcept>
#include <unistd.h>

namespace soundalike {

namespace {

QString actionName(IndexStatus::Action action)
{
    switch (action) {
    case IndexStatus::Action::Loaded:
        return QStringLiteral("loaded");
    case IndexStatus::Action::Updated:
        return QStringLiteral("updated");
    case IndexStatus::Action::Built:
        break;
    }
    return QStringLiteral("built");
}

} // namespace

SimilarTracks::SimilarTracks(const QString& databasePath)
    : m_db(std::make_unique<Database>(databasePath)), m_changes(SearchChanges(*m_db).counter())
{
    std::vector<Track> tracks = TrackStore(*m_db).find(TrackQuery{});
    if (tracks.empty())
        throw std::runtime_error(
            QCoreApplication::translate("SimilarTracks",
                                        "the library has no songs yet: add a music folder to it first")
                .toStdString());
    m_search = std::make_unique<LibrarySearch>(*m_db, databasePath, std::move(tracks));
}

SimilarTracks::~SimilarTracks() = default;

const Track& SimilarTracks::track(std::int64_t id) const
{
    if (const Track* t = m_search->track(id))
        return *t;
    throw std::runtime_error(QStringLiteral("no track with id %1 in the library").arg(id).toStdString());
}

std::int64_t SimilarTracks::resolve(const FilePath& seed) const
{
    if (TrackArgument::isId(seed))
        return track(std::stoll(seed)).id;
    const std::vector<FilePath> paths = TrackArgument::libraryPaths(seed);
    for (const FilePath& path : paths) {
        for (const Track& t : m_search->tracks()) {
            if (t.path == path)
                return t.id;
        }
    }
    const QString shown = displayPath(seed);
    for (const FilePath& path : paths) {
        if (const auto reason = ProblemStore(*m_db).reasonFor(path))
            throw std::runtime_error(QStringLiteral("%1 could not be read when scanned: %2")
                                         .arg(shown, reason->text())
                                         .toStdString());
    }
    if (paths.size() == 1 && ::access(paths.front().c_str(), F_OK) != 0)
        throw std::runtime_error(
            QStringLiteral("%1 is neither a track id nor a file in the library").arg(shown).toStdString());
    throw std::runtime_error(
        QStringLiteral("%1 is not in the library (scan its folder first)").arg(shown).toStdString());
}

GeneratedList SimilarTracks::generate(const PlaylistRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    m_search->cover(request.seeds);
    const GeneratedPlaylist generated = PlaylistGenerator(m_search->space()).generate(withHistory(request));
    GeneratedList list;
    for (const std::int64_t id : request.seeds)
        list.seeds.push_back(track(id));
    PickExplanation explanation(*m_db);
    for (const SuggestedTrack& suggested : generated.entries) {
        const Track& picked = track(suggested.trackId);
        const Track* seed = m_search->track(suggested.seedId);
        PlaylistPick pick{{picked, suggested.similarity, suggested.seedId,
                           seed ? explanation.sentence(*seed, picked, suggested.concepts) : QString()},
                          suggested.score,
                          suggested.viaCentroid,
                          suggested.reasons,
                          suggested.fits,
                          suggested.percentile};
        pick.entry.match = suggested.match;
        list.picks.push_back(std::move(pick));
    }
    list.relaxations = generated.relaxations;
    list.notes = generated.notes;
    list.fitting = generated.fitting;
    list.centroidUsed = generated.centroidUsed;
    list.candidates = generated.candidates;
    list.durationMs = generated.durationMs;
    qCDebug(lcSearch) << "playlist of" << list.picks.size() << "from" << request.seeds.size() << "seed(s) in"
                      << timer.elapsed() << "ms over" << m_search->vectors().sourceKey();
    return list;
}

PlaylistRequest SimilarTracks::withHistory(const PlaylistRequest& request) const
{
    if (request.avoidPlayedWithinHours <= 0)
        return request;
    PlaylistRequest r = request;
    const qint64 since = QDateTime::currentSecsSinceEpoch() - qint64(request.avoidPlayedWithinHours) * 3600;
    const std::vector<std::int64_t> recent = ListeningStore(*m_db).playedSince(since);
    r.excluded.insert(r.excluded.end(), recent.begin(), recent.end());
    return r;
}

std::vector<std::vector<Neighbour>> SimilarTracks::neighbours(const std::vector<std::int64_t>& ids, int k)
{
    m_search->cover(ids);
    std::vector<float> queries;
    for (const std::int64_t id : ids) {
        const auto v = m_search->vectors().vector(*m_search->vectors().row(id));
        queries.insert(queries.end(), v.begin(), v.end());
    }
    // One more than asked: the track itself is its own nearest neighbour and is left out.
    const auto found = m_search->index().search(queries, k + 1);
    std::vector<std::vector<Neighbour>> lists(ids.size());
    for (std::size_t q = 0; q < ids.size(); ++q) {
        for (const Neighbor& n : found[q]) {
            if (n.id != ids[q] && int(lists[q].size()) < k)
                lists[q].push_back({track(n.id), n.similarity});
        }
    }
    return lists;
}

std::vector<float> SimilarTracks::similarities(const std::vector<std::int64_t>& from,
                                               const std::vector<std::int64_t>& to) const
{
    const VectorTable& vectors = m_search->vectors();
    const auto vectorOf = [&vectors](std::int64_t id) {
        const auto row = vectors.row(id);
        return row ? vectors.vector(*row) : std::span<const float>();
    };
    std::vector<float> result(from.size() * to.size(), 0.0f);
    for (std::size_t i = 0; i < from.size(); ++i) {
        const auto a = vectorOf(from[i]);
        for (std::size_t j = 0; j < to.size() && !a.empty(); ++j) {
            const auto b = vectorOf(to[j]);
            if (!b.empty())
                result[i * to.size() + j] = std::inner_product(a.begin(), a.end(), b.begin(), 0.0f);
        }
    }
    return result;
}

bool SimilarTracks::current() const
{
    return !m_search->coveringSeeds() && SearchChanges(*m_db).counter() == m_changes;
}

IndexReport SimilarTracks::index() const
{
    const IndexStatus& status = m_search->indexStatus();
    return {m_search->indexPath(),
            m_search->vectors().sourceKey(),
            m_search->index().kind() == SimilarityIndex::Kind::Exact,
            qint64(m_search->index().size()),
            actionName(status.action),
            qint64(status.added),
            qint64(status.removed),
            status.reason,
            status.warning,
            m_search->sourceNote()};
}

} // namespace soundalike
