#include "core/search/PlaylistGenerator.h"

#include "core/search/ArtistSpacing.h"
#include "core/search/CandidateSearch.h"
#include "core/search/Explainer.h"
#include "core/search/FittingArtists.h"
#include "core/search/InnerProducts.h"
#include "core/search/PathSelector.h"
#include "core/search/PlaylistSelector.h"
#include "core/search/SeedSet.h"
#include "core/search/SmoothOrder.h"
#include "core/search/TrackFilter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace soundalike {

namespace {

constexpr int kMaxTracks = 2000;        // a time budget alone never makes a longer list
constexpr int kMinNeighbours = 50;      // neighbours asked per query at first
constexpr int kTypicalTrackMs = 240000; // for sizing a search before any duration is known
constexpr int kMinCloseRank = 10;       // seeds are close when each is within the other's nearest this many

std::invalid_argument refusal(const QString& message)
{
    return std::invalid_argument(message.toStdString());
}

int medianDurationMs(std::vector<int> durations)
{
    std::erase(durations, 0);
    if (durations.empty())
        return kTypicalTrackMs;
    const auto middle = durations.begin() + std::ptrdiff_t(durations.size() / 2);
    std::nth_element(durations.begin(), middle, durations.end());
    return *middle;
}

SelectionRules rulesFor(const GenerationRequest& request, const SeedSet& seeds, float duplicateSimilarity)
{
    SelectionRules rules;
    rules.count = request.count > 0 ? request.count : kMaxTracks;
    rules.budgetMs = std::int64_t(request.minutes) * 60000;
    rules.artistGap = request.artistGap;
    rules.maxPerArtist = std::max(0, request.maxPerArtist);
    rules.diversity = std::clamp(request.diversity, 0.0, 1.0);
    rules.duplicateSimilarity = duplicateSimilarity;
    rules.randomSeed = request.randomSeed;
    rules.seeds = seeds.count();
    // Until the candidates' durations are known, a budget is taken for typical tracks.
    rules.expected = rules.budgetMs
                         ? int(std::min<std::int64_t>(rules.count, rules.budgetMs / kTypicalTrackMs + 1))
                         : rules.count;
    return rules;
}

// What a playlist may contain: available tracks, not a seed nor an excluded track nor the same song as one,
// through the filters.
CandidatePool::Eligible eligibility(const SearchCatalog& catalog, const SeedSet& seeds,
                                    const std::vector<std::int64_t>& excluded, const TrackFilter& filter)
{
    std::unordered_set<std::int64_t> seedIds(seeds.ids().begin(), seeds.ids().end());
    seedIds.insert(excluded.begin(), excluded.end());
    std::unordered_set<int> seedSongs;
    for (std::int64_t id : seedIds) {
        if (const auto* e = catalog.find(id))
            seedSongs.insert(e->song);
    }
    return [seedIds = std::move(seedIds), seedSongs = std::move(seedSongs),
            &filter](const SearchCatalog::Entry& e) {
        return e.meta.available && !seedIds.count(e.meta.id) && !seedSongs.count(e.song) && filter.accepts(e);
    };
}

// One message from the gap asked to the gap kept, even when it came down in two steps (first to what the
// artists of the songs that fit allow, then further while placing them): two messages on one setting read as
// a contradiction ("lowered to 2", then "relaxed from 2"). A gap of 1 limits nothing: said as such.
QString gapRelaxation(const SelectionRules& asked, const SelectionRules& used, const QString& why)
{
    const bool none = used.artistGap <= 1;
    if (used.fittingGap > 0 && used.fittingGap != asked.artistGap)
        return none
                   ? QCoreApplication::translate(
                         "PlaylistGenerator", "artist gap lowered from %1 to none: the songs that fit these "
                                              "seeds well come from few artists")
                         .arg(asked.artistGap)
                   : QCoreApplication::translate("PlaylistGenerator",
                                                 "artist gap lowered from %1 to %2: the songs that fit these "
                                                 "seeds well come from few artists")
                         .arg(asked.artistGap)
                         .arg(used.artistGap);
    return (none ? QCoreApplication::translate("PlaylistGenerator", "artist gap relaxed from %1 to none")
                       .arg(asked.artistGap)
                 : QCoreApplication::translate("PlaylistGenerator", "artist gap relaxed from %1 to %2")
                       .arg(asked.artistGap)
                       .arg(used.artistGap)) +
           why;
}

void reportRelaxations(const SelectionRules& asked, const SelectionRules& used, GeneratedPlaylist& playlist)
{
    const QString why =
        QCoreApplication::translate("PlaylistGenerator", ": too few different artists near the seeds");
    if (used.artistGap != asked.artistGap)
        playlist.relaxations << gapRelaxation(asked, used, why);
    if (used.maxPerArtist != asked.maxPerArtist)
        playlist.relaxations << (used.maxPerArtist
                                     ? QCoreApplication::translate("PlaylistGenerator",
                                                                   "tracks per artist raised from %1 to %2")
                                           .arg(asked.maxPerArtist)
                                           .arg(used.maxPerArtist)
                                     : QCoreApplication::translate(
                                           "PlaylistGenerator", "tracks per artist no longer limited to %1")
                                           .arg(asked.maxPerArtist)) +
                                    why;
}

// A path's picks in the order of how far along it each lies: on the leg between two seeds it is nearest to
// (the smallest detour), the share of the way from the first of them. Chosen place by place, a pick for a
// late place lies near an early one when the songs near the path's end ran out (few songs like the last
// seed): in the order chosen, the path reached the last seed and came back. A song unlike both seeds of its
// leg lies halfway, between their sides, not at the end.
std::vector<std::size_t> alongThePath(const SeedSet& seeds, const SearchAttempt& a)
{
    const auto angle = [&](const float* x, const float* y) {
        return std::acos(std::clamp(double(dot(x, y, seeds.dimension())), -1.0, 1.0));
    };
    std::vector<double> progress(a.result.picks.size(), 0.0);
    std::vector<std::size_t> order(progress.size());
    for (std::size_t i = 0; i < progress.size(); ++i) {
        const float* track = a.pool->vector(a.result.picks[i].candidate);
        double smallestDetour = std::numeric_limits<double>::infinity();
        for (int s = 0; s + 1 < seeds.count(); ++s) {
            const float* from = seeds.vector(s).data();
            const float* to = seeds.vector(s + 1).data();
            const double fromStart = angle(from, track), toEnd = angle(track, to);
            const double detour = fromStart + toEnd - angle(from, to);
            if (detour < smallestDetour) {
                smallestDetour = detour;
                progress[i] = s + fromStart / std::max(fromStart + toEnd, 1e-9);
            }
        }
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return progress[x] < progress[y]; });
    return order;
}

// How many of the picks fit their seeds, when not all do; in Smooth flow the others come after them.
QString fittingNote(int fitting, int picks, bool smooth)
{
    if (fitting == 0)
        return QCoreApplication::translate("PlaylistGenerator", "None of the %1 songs fits these seeds well")
            .arg(picks);
    return (smooth ? QCoreApplication::translate(
                         "PlaylistGenerator",
                         "Only %1 of %2 songs fit these seeds well; the rest follow after them")
                   : QCoreApplication::translate("PlaylistGenerator",
                                                 "Only %1 of %2 songs fit these seeds well"))
        .arg(fitting)
        .arg(picks);
}

} // namespace

void PlaylistGenerator::refuseWithoutOtherSongs(const std::vector<std::int64_t>& seeds) const
{
    // Checked before the seeds' vectors: the standardised descriptors of a library's only analysed song are
    // all zero, and it would be refused as a song with nothing to compare by. (With more songs, all of them
    // seeds, the choice below says that every analysed song is a seed.)
    if (m_space.vectors.size() == 1 && !seeds.empty() &&
        std::all_of(seeds.begin(), seeds.end(), [this](std::int64_t id) { return m_space.vectors.row(id); }))
        throw refusal(QCoreApplication::translate(
            "PlaylistGenerator",
            "there is no other analysed song to choose from yet: add music, or wait for the analysis"));
}

GeneratedPlaylist PlaylistGenerator::generate(const GenerationRequest& request) const
{
    if (request.count < 0 || request.minutes < 0 || (request.count == 0 && request.minutes == 0))
        throw refusal(QCoreApplication::translate(
            "PlaylistGenerator", "say how many tracks or how many minutes the playlist should have"));
    const bool path = request.order == PlaylistOrder::Path;
    if (path && request.seeds.size() < 2)
        throw refusal(QCoreApplication::translate(
            "PlaylistGenerator", "a path needs two seeds: where it starts and where it ends"));
    refuseWithoutOtherSongs(request.seeds);
    const SeedSet seeds(m_space.vectors, request.seeds);
    if (path && seeds.count() < 2)
        throw refusal(QCoreApplication::translate("PlaylistGenerator", "a path needs two different seeds"));

    const TrackFilter filter(request.filter, m_space.catalog);
    const CandidateSearch search(m_space, eligibility(m_space.catalog, seeds, request.excluded, filter),
                                 filter.active(), request.hubReduction && !path);
    const SelectionRules rules = rulesFor(request, seeds, m_space.vectors.duplicateSimilarity());
    std::optional<SimilarityScale> measured;
    const SimilarityScale& scale = m_space.scale ? *m_space.scale : measured.emplace(m_space.vectors);
    const int points = path ? pathLength(rules) : 0;
    SearchAttempt attempt = path
                                ? walk(search, seeds, rules, points)
                                : choose(search, seeds, rules, scale, request.order == PlaylistOrder::Smooth);
    return assemble(request, seeds, rules, scale, attempt, path ? points : request.count);
}

SearchAttempt PlaylistGenerator::choose(const CandidateSearch& search, const SeedSet& seeds,
                                        const SelectionRules& rules, const SimilarityScale& scale,
                                        bool together) const
{
    std::vector<float> queries = seeds.vectors();
    if (seeds.count() > 1) {
        const auto middle = seeds.centroid();
        queries.insert(queries.end(), middle.begin(), middle.end());
    }
    const int share = (rules.expected + seeds.count() - 1) / seeds.count();
    const auto prepare = [&](const CandidatePool& pool, const Relevance& relevance, SelectionRules& r) {
        if (r.budgetMs) {
            std::vector<int> durations;
            for (std::size_t c = 0; c < pool.size(); ++c)
                durations.push_back(pool.entry(c).meta.durationMs);
            r.expected = int(std::max<std::int64_t>(1, r.budgetMs / medianDurationMs(std::move(durations))));
        }
        r.centroid = seeds.close(relevance, std::size_t(std::max(kMinCloseRank, share)));
        const int gap =
            FittingArtists(pool, relevance, scale, seeds.count()).gapFor(r.artistGap, r.expected, together);
        if (gap < r.artistGap) {
            r.fittingGap = gap;
            r.artistGap = gap;
        }
    };
    const auto select = [](const CandidatePool& pool, const Relevance& relevance, const SelectionRules& r) {
        return PlaylistSelector(pool, relevance).select(r);
    };
    return search.run(queries, std::clamp(4 * share, kMinNeighbours, CandidatePool::kMaxNeighbours), rules,
                      prepare, select);
}

int PlaylistGenerator::pathLength(const SelectionRules& rules) const
{
    if (!rules.budgetMs)
        return rules.count;
    std::vector<int> durations;
    for (const auto& e : m_space.catalog.entries())
        durations.push_back(e.meta.durationMs);
    return int(
        std::clamp<std::int64_t>(rules.budgetMs / medianDurationMs(std::move(durations)), 1, rules.count));
}

SearchAttempt PlaylistGenerator::walk(const CandidateSearch& search, const SeedSet& seeds,
                                      const SelectionRules& rules, int points) const
{
    std::vector<float> queries = seeds.pathPoints(points);
    queries.insert(queries.end(), seeds.vectors().begin(), seeds.vectors().end());
    return search.run(
        queries, kMinNeighbours, rules, [](const CandidatePool&, const Relevance&, SelectionRules&) {},
        [points](const CandidatePool& pool, const Relevance& relevance, const SelectionRules& r) {
            return PathSelector(pool, relevance).select(points, r);
        });
}

std::vector<std::size_t> PlaylistGenerator::smoothOrder(const SeedSet& seeds, const SearchAttempt& a,
                                                        const std::vector<std::size_t>& picks,
                                                        std::span<const float> start) const
{
    if (picks.size() <= 2)
        return picks;
    std::vector<float> tracks;
    std::vector<int> artists;
    for (std::size_t i : picks) {
        const Pick& p = a.result.picks[i];
        tracks.insert(tracks.end(), a.pool->vector(p.candidate),
                      a.pool->vector(p.candidate) + seeds.dimension());
        artists.push_back(a.pool->entry(p.candidate).artist);
    }
    std::vector<std::size_t> order =
        SmoothOrder(tracks, start, seeds.dimension()).order(artists, a.rules.artistGap);
    for (std::size_t& i : order)
        i = picks[i];
    return order;
}

// The picks that fit their seed first, the others after them, each part a chain of its own: the fitting ones
// from the first seed, leaning toward the seeds; the rest from the last fitting one, so the list drifts away
// from the seeds once, at its end, instead of a weak pick sitting between two strong ones.
std::vector<std::size_t> PlaylistGenerator::fittingFirst(const SeedSet& seeds, const SearchAttempt& a,
                                                         const std::vector<char>& fits,
                                                         const std::vector<int>& artists) const
{
    std::vector<std::size_t> fitting, rest;
    for (std::size_t i = 0; i < fits.size(); ++i)
        (fits[i] ? fitting : rest).push_back(i);
    fitting = smoothOrder(seeds, a, fitting, seeds.vectors());
    const std::span<const float> last =
        fitting.empty() ? std::span<const float>(seeds.vectors())
                        : std::span<const float>(a.pool->vector(a.result.picks[fitting.back()].candidate),
                                                 seeds.dimension());
    rest = smoothOrder(seeds, a, rest, last);
    fitting.insert(fitting.end(), rest.begin(), rest.end());
    return ArtistSpacing::keepGap(fitting, artists, fits, a.rules.artistGap);
}

GeneratedPlaylist PlaylistGenerator::assemble(const GenerationRequest& request, const SeedSet& seeds,
                                              const SelectionRules& asked, const SimilarityScale& scale,
                                              SearchAttempt& a, int wanted) const
{
    GeneratedPlaylist playlist;
    playlist.candidates = int(a.pool->size());
    playlist.centroidUsed = a.rules.centroid;
    // Each pick's similarity to its own seed, which says whether it fits, orders a list by similarity and
    // is shown as Match.
    std::vector<float> similarity;
    std::vector<char> fits;
    for (const Pick& p : a.result.picks) {
        similarity.push_back(
            dot(seeds.vector(p.seed).data(), a.pool->vector(p.candidate), seeds.dimension()));
        fits.push_back(scale.fits(similarity.back()));
    }
    playlist.fitting = int(std::count(fits.begin(), fits.end(), 1));
    std::vector<std::size_t> order(a.result.picks.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Smooth flow never puts a weak pick between two that fit. A list by similarity goes down the Match
    // column: the picks were chosen in turns between the seeds, hubs discounted, which read 95, 83, 73, 86 %
    // from the top. A path goes along its way once, weak picks included.
    std::vector<int> artists;
    for (const Pick& p : a.result.picks)
        artists.push_back(a.pool->entry(p.candidate).artist);
    if (request.order == PlaylistOrder::Smooth) {
        order = fittingFirst(seeds, a, fits, artists);
    } else {
        const bool path = request.order == PlaylistOrder::Path;
        std::vector<std::size_t> sorted = path ? alongThePath(seeds, a) : order;
        if (!path)
            std::stable_sort(sorted.begin(), sorted.end(),
                             [&](std::size_t x, std::size_t y) { return similarity[x] > similarity[y]; });
        sorted = ArtistSpacing::keepGap(sorted, artists, path ? std::vector<char>(fits.size(), 1) : fits,
                                        a.rules.artistGap);
        // The artist gap comes first: where the sorted list cannot keep the gap the picks were chosen with,
        // they stay in the order that kept it.
        if (ArtistSpacing::smallestGap(sorted, artists) >=
            std::min(a.rules.artistGap, ArtistSpacing::smallestGap(order, artists)))
            order = std::move(sorted);
    }
    // The gap held in the order the picks were chosen; played in this order, they may not keep it (one artist
    // holding most of the songs that fit). Say the gap the listener will hear.
    a.rules.artistGap = std::min(a.rules.artistGap, std::max(1, ArtistSpacing::smallestGap(order, artists)));
    reportRelaxations(asked, a.rules, playlist);

    const Explainer explainer(m_space.vectors.dimensionNames());
    const VectorTable* named = m_space.explanation;
    const std::optional<Explainer> namedExplainer =
        named ? std::optional<Explainer>(std::in_place, named->dimensionNames()) : std::nullopt;
    for (std::size_t i : order) {
        const Pick& p = a.result.picks[i];
        const std::span<const float> track(a.pool->vector(p.candidate), seeds.dimension());
        const auto seed = seeds.vector(p.seed);
        SuggestedTrack entry;
        entry.trackId = a.pool->id(p.candidate);
        entry.seedId = seeds.id(p.seed);
        entry.similarity = similarity[i];
        entry.match = scale.match(entry.similarity);
        entry.fits = fits[i];
        entry.percentile = float(scale.percentile(entry.similarity));
        entry.score = p.score;
        entry.viaCentroid = p.viaCentroid;
        const auto namedSeed = named ? named->row(entry.seedId) : std::nullopt;
        const auto namedTrack = named ? named->row(entry.trackId) : std::nullopt;
        const bool byName = namedSeed && namedTrack;
        const Explainer& explaining = byName ? *namedExplainer : explainer;
        const auto seedPart = byName ? named->vector(*namedSeed) : seed;
        const auto trackPart = byName ? named->vector(*namedTrack) : track;
        entry.reasons = explaining.reasons(seedPart, trackPart);
        entry.concepts = explaining.concepts(seedPart, trackPart);
        playlist.durationMs += a.pool->entry(p.candidate).meta.durationMs;
        playlist.entries.push_back(std::move(entry));
    }
    if (playlist.entries.empty())
        playlist.notes
            << (playlist.candidates == 0 && !request.filter.active()
                    ? QCoreApplication::translate(
                          "PlaylistGenerator",
                          "No song is left to choose: every analysed song in the library is a seed, "
                          "a copy of one, or left out")
                    : QCoreApplication::translate("PlaylistGenerator",
                                                  "No song in the library fits the request"));
    else if (wanted > 0 && int(playlist.entries.size()) < wanted &&
             a.result.stop != SelectionResult::Stop::Done)
        playlist.notes << QCoreApplication::translate(
                              "PlaylistGenerator",
                              "Only %1 of %2 songs: no more songs in the library fit the request")
                              .arg(playlist.entries.size())
                              .arg(wanted);
    if (request.order != PlaylistOrder::Path && playlist.fitting < int(playlist.entries.size()))
        playlist.notes << fittingNote(playlist.fitting, int(playlist.entries.size()),
                                      request.order == PlaylistOrder::Smooth);
    return playlist;
}

} // namespace soundalike
