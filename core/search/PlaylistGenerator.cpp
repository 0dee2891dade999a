#include "core/search/PlaylistGenerator.h"

#include "core/search/Explainer.h"
#include "core/search/InnerProducts.h"
#include "core/search/PathSelector.h"
#include "core/search/PlaylistSelector.h"
#include "core/search/SmoothOrder.h"
#include "core/search/TrackFilter.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <stdexcept>
#include <unordered_set>

namespace soundalike {

namespace {

constexpr int kMaxTracks = 2000;        // a time budget alone never makes a longer list
constexpr int kMinNeighbours = 50;      // neighbours asked per query at first
constexpr int kGrowth = 4;              // how much more to ask when the pool runs out
constexpr int kTypicalTrackMs = 240000; // for sizing a search before any duration is known
constexpr int kMinCloseRank = 10;       // seeds are close when each is within the other's nearest this many

std::invalid_argument refusal(const QString& message)
{
    return std::invalid_argument(message.toStdString());
}

struct Seeds
{
    std::vector<std::int64_t> ids;
    std::vector<float> vectors; // m × d
    std::size_t d = 0;

    int count() const { return int(ids.size()); }
    std::span<const float> vector(int i) const { return {vectors.data() + std::size_t(i) * d, d}; }
};

Seeds resolveSeeds(const SearchSpace& space, const PlaylistRequest& request)
{
    Seeds seeds;
    seeds.d = std::size_t(space.vectors.dimension());
    for (std::int64_t id : request.seeds) {
        if (std::find(seeds.ids.begin(), seeds.ids.end(), id) != seeds.ids.end())
            continue;
        const auto row = space.vectors.row(id);
        if (!row)
            throw refusal(
                QStringLiteral("track %1 has no vector in %2").arg(id).arg(space.vectors.sourceKey()));
        const auto v = space.vectors.vector(*row);
        if (std::all_of(v.begin(), v.end(), [](float x) { return x == 0.0f; }))
            throw refusal(QStringLiteral("track %1 has nothing to compare by (no tags or analysis)").arg(id));
        seeds.ids.push_back(id);
        seeds.vectors.insert(seeds.vectors.end(), v.begin(), v.end());
    }
    if (seeds.ids.empty())
        throw refusal(QStringLiteral("a playlist needs at least one seed"));
    return seeds;
}

std::vector<float> normalised(std::vector<float> v)
{
    double squared = 0;
    for (float x : v)
        squared += double(x) * x;
    if (squared > 0) {
        const float scale = float(1.0 / std::sqrt(squared));
        for (float& x : v)
            x *= scale;
    }
    return v;
}

std::vector<float> centroid(const Seeds& seeds)
{
    std::vector<float> mean(seeds.d, 0.0f);
    for (std::size_t i = 0; i < seeds.vectors.size(); ++i)
        mean[i % seeds.d] += seeds.vectors[i];
    return normalised(std::move(mean));
}

// `points` points spread evenly along the seeds in order (by angle), excluding the seeds themselves.
std::vector<float> pathPoints(const Seeds& seeds, int points)
{
    std::vector<double> lengths;
    double total = 0;
    for (int s = 0; s + 1 < seeds.count(); ++s) {
        const float cosine = dot(seeds.vector(s).data(), seeds.vector(s + 1).data(), seeds.d);
        lengths.push_back(std::acos(std::clamp(double(cosine), -1.0, 1.0)) + 1e-6);
        total += lengths.back();
    }
    std::vector<float> out;
    for (int p = 0; p < points; ++p) {
        double along = total * (p + 1) / (points + 1);
        std::size_t segment = 0;
        while (segment + 1 < lengths.size() && along > lengths[segment])
            along -= lengths[segment++];
        const double u = std::clamp(along / lengths[segment], 0.0, 1.0);
        std::vector<float> point(seeds.d);
        for (std::size_t i = 0; i < seeds.d; ++i)
            point[i] = float((1 - u) * seeds.vector(int(segment))[i] + u * seeds.vector(int(segment) + 1)[i]);
        const auto n = normalised(std::move(point));
        out.insert(out.end(), n.begin(), n.end());
    }
    return out;
}

int medianDurationMs(std::vector<int> durations)
{
    std::erase(durations, 0);
    if (durations.empty())
        return kTypicalTrackMs;
    std::nth_element(durations.begin(), durations.begin() + std::ptrdiff_t(durations.size() / 2),
                     durations.end());
    return durations[durations.size() / 2];
}

// The pool and selection of the last try, and the rules it was made under.
struct Attempt
{
    std::unique_ptr<CandidatePool> pool;
    std::unique_ptr<Relevance> relevance;
    SelectionRules rules;
    SelectionResult result;
};

using Prepare = std::function<void(const CandidatePool&, const Relevance&, SelectionRules&)>;
using Run = std::function<SelectionResult(const CandidatePool&, const Relevance&, const SelectionRules&)>;

// Grows the pool until the rules are met or the pool cannot grow, then loosens the artist rules while they
// are what blocks.
Attempt search(const SearchSpace& space, const std::vector<float>& queries, int k,
               const CandidatePool::Eligible& eligible, bool narrow, bool hubReduction,
               const SelectionRules& rules, const Prepare& prepare, const Run& run)
{
    Attempt a;
    for (;; k = std::min(k * kGrowth, CandidatePool::kMaxNeighbours)) {
        a.pool = std::make_unique<CandidatePool>(space, queries, k, eligible, narrow);
        a.relevance = std::make_unique<Relevance>(*a.pool, queries, hubReduction);
        a.rules = rules;
        prepare(*a.pool, *a.relevance, a.rules);
        a.result = run(*a.pool, *a.relevance, a.rules);
        if (a.result.stop == SelectionResult::Stop::Done || a.pool->exhaustive())
            break;
    }
    while (a.result.stop == SelectionResult::Stop::Blocked) {
        if (a.result.blockedByCap && a.rules.maxPerArtist > 0)
            a.rules.maxPerArtist = a.rules.maxPerArtist + 1 >= a.rules.count ? 0 : a.rules.maxPerArtist + 1;
        else if (a.rules.artistGap > 1)
            --a.rules.artistGap;
        else
            break;
        a.result = run(*a.pool, *a.relevance, a.rules);
    }
    return a;
}

void reportRelaxations(const SelectionRules& asked, const SelectionRules& used, Playlist& playlist)
{
    if (used.artistGap != asked.artistGap)
        playlist.relaxations << QStringLiteral(
                                    "artist gap relaxed from %1 to %2: too few different artists near the "
                                    "seeds")
                                    .arg(asked.artistGap)
                                    .arg(std::max(1, used.artistGap));
    if (used.maxPerArtist != asked.maxPerArtist)
        playlist.relaxations << (used.maxPerArtist
                                     ? QStringLiteral("tracks per artist raised from %1 to %2: too few "
                                                      "different artists near the seeds")
                                           .arg(asked.maxPerArtist)
                                           .arg(used.maxPerArtist)
                                     : QStringLiteral("tracks per artist no longer limited to %1: too "
                                                      "few different artists near the seeds")
                                           .arg(asked.maxPerArtist));
}

} // namespace

Playlist PlaylistGenerator::generate(const PlaylistRequest& request) const
{
    if (request.count < 0 || request.minutes < 0 || (request.count == 0 && request.minutes == 0))
        throw refusal(QStringLiteral("say how many tracks or how many minutes the playlist should have"));
    const bool path = request.order == PlaylistOrder::Path;
    if (path && request.seeds.size() < 2)
        throw refusal(QStringLiteral("a path needs two seeds: where it starts and where it ends"));
    const Seeds seeds = resolveSeeds(m_space, request);
    if (path && seeds.count() < 2)
        throw refusal(QStringLiteral("a path needs two different seeds"));

    const TrackFilter filter(request.filter, m_space.catalog);
    std::unordered_set<std::int64_t> seedIds(seeds.ids.begin(), seeds.ids.end());
    std::unordered_set<int> seedSongs;
    for (std::int64_t id : seeds.ids) {
        if (const auto* e = m_space.catalog.find(id))
            seedSongs.insert(e->song);
    }
    const CandidatePool::Eligible eligible = [&](const TrackCatalog::Entry& e) {
        return e.meta.available && !seedIds.count(e.meta.id) && !seedSongs.count(e.song) && filter.accepts(e);
    };

    SelectionRules rules;
    rules.count = request.count > 0 ? request.count : kMaxTracks;
    rules.budgetMs = std::int64_t(request.minutes) * 60000;
    rules.artistGap = request.artistGap;
    rules.maxPerArtist = std::max(0, request.maxPerArtist);
    rules.diversity = std::clamp(request.diversity, 0.0, 1.0);
    rules.duplicateSimilarity = m_space.vectors.duplicateSimilarity();
    rules.randomSeed = request.randomSeed;
    rules.seeds = seeds.count();
    const int guess = rules.budgetMs
                          ? int(std::min<std::int64_t>(rules.count, rules.budgetMs / kTypicalTrackMs + 1))
                          : rules.count;

    std::vector<float> queries;
    Attempt a;
    int points = 0;
    if (path) {
        points = guess;
        if (rules.budgetMs) {
            std::vector<int> durations;
            for (const auto& e : m_space.catalog.entries())
                durations.push_back(e.meta.durationMs);
            points = int(std::clamp<std::int64_t>(rules.budgetMs / medianDurationMs(std::move(durations)), 1,
                                                  rules.count));
        }
        queries = pathPoints(seeds, points);
        queries.insert(queries.end(), seeds.vectors.begin(), seeds.vectors.end());
        a = search(
            m_space, queries, kMinNeighbours, eligible, filter.active(), false, rules,
            [](const CandidatePool&, const Relevance&, SelectionRules&) {},
            [points](const CandidatePool& pool, const Relevance& relevance, const SelectionRules& r) {
                return PathSelector(pool, relevance).select(points, r);
            });
    } else {
        queries = seeds.vectors;
        if (seeds.count() > 1) {
            const auto middle = centroid(seeds);
            queries.insert(queries.end(), middle.begin(), middle.end());
        }
        const int share = (guess + seeds.count() - 1) / seeds.count();
        const Prepare prepare = [&](const CandidatePool& pool, const Relevance& relevance,
                                    SelectionRules& r) {
            if (r.budgetMs) {
                std::vector<int> durations;
                for (std::size_t c = 0; c < pool.size(); ++c)
                    durations.push_back(pool.entry(c).meta.durationMs);
                r.expected =
                    int(std::max<std::int64_t>(1, r.budgetMs / medianDurationMs(std::move(durations))));
            }
            // Close: every seed lies among the other's nearest tracks, so their middle is between them.
            r.centroid = seeds.count() > 1;
            const std::size_t rank = std::size_t(std::max(kMinCloseRank, share));
            for (int i = 0; i < seeds.count() && r.centroid; ++i) {
                for (int j = i + 1; j < seeds.count() && r.centroid; ++j) {
                    const float between = dot(seeds.vector(i).data(), seeds.vector(j).data(), seeds.d);
                    r.centroid = between >=
                                 std::min(relevance.kthSimilarity(i, rank), relevance.kthSimilarity(j, rank));
                }
            }
        };
        a = search(m_space, queries, std::clamp(4 * share, kMinNeighbours, CandidatePool::kMaxNeighbours),
                   eligible, filter.active(), request.hubReduction, rules, prepare,
                   [](const CandidatePool& pool, const Relevance& relevance, const SelectionRules& r) {
                       return PlaylistSelector(pool, relevance).select(r);
                   });
    }

    Playlist playlist;
    playlist.candidates = int(a.pool->size());
    playlist.centroidUsed = a.rules.centroid;
    reportRelaxations(rules, a.rules, playlist);
    std::vector<Pick> picks = std::move(a.result.picks);
    if (request.order == PlaylistOrder::Smooth && picks.size() > 2) {
        std::vector<float> tracks;
        std::vector<int> artists;
        for (const Pick& p : picks) {
            tracks.insert(tracks.end(), a.pool->vector(p.candidate), a.pool->vector(p.candidate) + seeds.d);
            artists.push_back(a.pool->entry(p.candidate).artist);
        }
        const auto order = SmoothOrder(tracks, seeds.vectors, seeds.d).order(artists, a.rules.artistGap);
        std::vector<Pick> ordered;
        for (std::size_t i : order)
            ordered.push_back(picks[i]);
        picks = std::move(ordered);
    }

    const Explainer explainer(m_space.vectors.dimensionNames());
    for (const Pick& p : picks) {
        const std::span<const float> track(a.pool->vector(p.candidate), seeds.d);
        const auto seed = seeds.vector(p.seed);
        PlaylistEntry entry;
        entry.trackId = a.pool->id(p.candidate);
        entry.seedId = seeds.ids[std::size_t(p.seed)];
        entry.similarity = dot(seed.data(), track.data(), seeds.d);
        entry.score = p.score;
        entry.viaCentroid = p.viaCentroid;
        entry.reasons = explainer.reasons(seed, track);
        playlist.durationMs += a.pool->entry(p.candidate).meta.durationMs;
        playlist.entries.push_back(std::move(entry));
    }
    const int wanted = path ? points : request.count;
    if (wanted > 0 && int(playlist.entries.size()) < wanted && a.result.stop != SelectionResult::Stop::Done)
        playlist.notes << QStringLiteral(
                              "only %1 of %2 tracks: no more tracks in the library fit the request")
                              .arg(playlist.entries.size())
                              .arg(wanted);
    return playlist;
}

} // namespace soundalike
