// Search benchmark: a 50-track playlist from 5 seeds over synthetic clustered 64-d libraries, with the exact
// and the approximate index; recall@50 of the approximate index against the exact one; index build, save and
// load times. Prints one JSON object (and a readable summary on stderr).
//   bench_search [--sizes 10000,100000,1000000] [--playlists N] [--lists-per-sqrt X] [--target-recall R]
//                [--iterations N] [--threads N] [--max-generator-share X] [--smoke]
// --smoke: one small library, few repetitions, and a non-zero exit when the results are wrong, or when the
// generator's own work (a playlist's CPU time less that of the 5-query search it starts with) exceeds
// --max-generator-share (default 8) times that search's CPU time in the same run, with the exact index. A
// ratio, not a time, so a busy or slow machine does not fail it, while a generator that costs many searches
// does: at 5,000 tracks the generator's share is about 2 today and was about 18 in the regression of
// issue 19. Every playlist's track ids go into a digest per size, so runs before and after a change can show
// that the playlists stayed the same.
#include "core/search/PlaylistGenerator.h"
#include "core/search/SimilarityIndex.h"
#include "core/search/SimilarityScale.h"
#include "core/search/StoredIndex.h"
#include "tests/support/NeighbourRecall.h"
#include "tests/support/SyntheticLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <limits>
#include <sys/resource.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr int kSeeds = 5;
constexpr int kLength = 50;
constexpr int kRecallQueries = 200;

struct Options
{
    std::vector<std::size_t> sizes;
    int playlists = 20;
    IndexPolicy policy;
    double maxGeneratorShare = 8.0;
    bool smoke = false;
};

double millis(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of the whole process (faiss may use OpenMP threads): the other processes on a shared machine
// stretch wall time, hardly this.
double cpuMillis()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double median = 0;
    double p95 = 0;
    double cpuMedian = 0;
};

double medianOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

Timing summarise(std::vector<double> ms, std::vector<double> cpu)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], medianOf(std::move(cpu))};
}

// Measures one call: wall and CPU milliseconds.
template <typename F> std::pair<double, double> timed(F&& f)
{
    const double cpu = cpuMillis();
    QElapsedTimer timer;
    timer.start();
    f();
    return {millis(timer.nsecsElapsed()), cpuMillis() - cpu};
}

// Rows spread over the table in a fixed pseudo-random way, unlike the calibration sample (every n/256-th
// row).
std::size_t pickRow(std::size_t i, std::size_t n)
{
    return (i * 2654435761ULL + 12345) % n;
}

double recall(const SimilarityIndex& approximate, const SimilarityIndex& exact, const VectorTable& table)
{
    std::vector<float> queries;
    for (std::size_t i = 0; i < kRecallQueries; ++i) {
        const auto v = table.vector(pickRow(i, table.size()));
        queries.insert(queries.end(), v.begin(), v.end());
    }
    const NeighbourRecall counted =
        NeighbourRecall::of(exact.search(queries, kLength), approximate.search(queries, kLength));
    return double(counted.found) / double(counted.wanted);
}

std::vector<std::int64_t> seedsFor(const VectorTable& table, int repetition)
{
    std::vector<std::int64_t> seeds;
    for (int s = 0; s < kSeeds; ++s)
        seeds.push_back(table.id(pickRow(std::size_t(repetition * kSeeds + s + 5000), table.size())));
    return seeds;
}

struct PlaylistRun
{
    Timing timing;
    Timing search;      // the 5 seeds' neighbours alone, measured beside each playlist
    int shortLists = 0; // playlists with fewer than 50 tracks
    int relaxed = 0;
    double candidates = 0;                         // mean pool size
    std::uint64_t digest = 1469598103934665603ULL; // FNV-1a over every playlist's track ids
    // The generator's own CPU time (playlist less search) per unit of search CPU time.
    double generatorShare() const
    {
        return (timing.cpuMedian - search.cpuMedian) / std::max(1e-3, search.cpuMedian);
    }
};

// Each playlist is preceded by the search of its seeds' 50 nearest neighbours alone (what the generator's
// first pool costs), so both meet the same machine load.
PlaylistRun playlistLatency(const SyntheticLibrary& library, const SimilarityIndex& index, int repetitions,
                            PlaylistOrder order)
{
    // Measured once per vector table, as LibrarySearch does in the application, not per playlist.
    const SimilarityScale scale(library.vectors());
    const PlaylistGenerator generator({library.vectors(), index, library.catalog(), nullptr, &scale});
    PlaylistRun run;
    std::vector<double> ms, cpu, searchMs, searchCpu;
    for (int r = 0; r < repetitions; ++r) {
        GenerationRequest request;
        request.count = kLength;
        request.order = order;
        request.seeds = seedsFor(library.vectors(), r);
        std::vector<float> queries;
        for (std::int64_t id : request.seeds) {
            const auto v = library.vectors().vector(*library.vectors().row(id));
            queries.insert(queries.end(), v.begin(), v.end());
        }
        const auto [searchWall, searchCpuMs] = timed([&] { (void)index.search(queries, kLength); });
        searchMs.push_back(searchWall);
        searchCpu.push_back(searchCpuMs);
        GeneratedPlaylist playlist;
        const auto [wall, cpuMs] = timed([&] { playlist = generator.generate(request); });
        ms.push_back(wall);
        cpu.push_back(cpuMs);
        run.shortLists += playlist.entries.size() < kLength;
        run.relaxed += !playlist.relaxations.isEmpty();
        run.candidates += double(playlist.candidates) / repetitions;
        for (const SuggestedTrack& e : playlist.entries) {
            for (int byte = 0; byte < 8; ++byte)
                run.digest =
                    (run.digest ^ ((std::uint64_t(e.trackId) >> (8 * byte)) & 0xff)) * 1099511628211ULL;
        }
    }
    run.timing = summarise(std::move(ms), std::move(cpu));
    run.search = summarise(std::move(searchMs), std::move(searchCpu));
    return run;
}

QJsonObject timingJson(const Timing& t)
{
    return {{QStringLiteral("median_ms"), t.median},
            {QStringLiteral("p95_ms"), t.p95},
            {QStringLiteral("cpu_median_ms"), t.cpuMedian}};
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QJsonObject measure(std::size_t size, const Options& options, bool& wrong, QTextStream& log)
{
    QElapsedTimer timer;
    timer.start();
    SyntheticOptions synthetic;
    synthetic.tracks = size;
    const SyntheticLibrary library(synthetic);
    const double generateS = double(timer.nsecsElapsed()) / 1e9;

    timer.start();
    IndexPolicy exactPolicy;
    exactPolicy.exactLimit = std::numeric_limits<std::size_t>::max();
    const SimilarityIndex exact = SimilarityIndex::build(library.vectors(), exactPolicy);
    const double exactBuildS = double(timer.nsecsElapsed()) / 1e9;
    IndexPolicy approximatePolicy = options.policy;
    approximatePolicy.exactLimit = 0;
    timer.start();
    const SimilarityIndex approximate = SimilarityIndex::build(library.vectors(), approximatePolicy);
    const double approximateBuildS = double(timer.nsecsElapsed()) / 1e9;

    const double recallAt50 = recall(approximate, exact, library.vectors());
    const int reps = options.playlists;
    const PlaylistRun exactPlaylist = playlistLatency(library, exact, reps, PlaylistOrder::Similar);
    const PlaylistRun approximatePlaylist =
        playlistLatency(library, approximate, reps, PlaylistOrder::Similar);
    const PlaylistRun smoothPlaylist = playlistLatency(library, approximate, reps, PlaylistOrder::Smooth);
    const Timing& exactSearch = exactPlaylist.search;
    const Timing& approximateSearch = approximatePlaylist.search;

    // The stored index as the app meets it: saved once, then opened when up to date.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.index"));
    timer.start();
    IndexStatus status;
    StoredIndex::open(file, library.vectors(), approximatePolicy, &status);
    const double buildAndSaveS = double(timer.nsecsElapsed()) / 1e9;
    timer.start();
    const SimilarityIndex loaded = StoredIndex::open(file, library.vectors(), approximatePolicy, &status);
    const double loadS = double(timer.nsecsElapsed()) / 1e9;
    const bool loadedOk = status.action == IndexStatus::Action::Loaded && loaded.size() == size;

    wrong |= !loadedOk || exact.kind() != SimilarityIndex::Kind::Exact || recallAt50 < 0.9 ||
             exactPlaylist.shortLists || approximatePlaylist.shortLists;
    const bool generatorSlow = exactPlaylist.generatorShare() > options.maxGeneratorShare;
    wrong |= options.smoke && generatorSlow;
    log << QStringLiteral(
               "%1 tracks: playlist exact %2 ms, approximate %3 ms (smooth %4 ms); 5-query search exact "
               "%5 ms, approximate %6 ms; recall@50 %7 (%8 of %9 lists); build approximate %10 s, "
               "save+build %11 s, load %12 s; CPU: playlist exact %13 ms, approximate %14 ms, search exact "
               "%15 ms, approximate %16 ms, generator's share %17× the search's (exact; at most %18)%19\n")
               .arg(size)
               .arg(exactPlaylist.timing.median, 0, 'f', 2)
               .arg(approximatePlaylist.timing.median, 0, 'f', 2)
               .arg(smoothPlaylist.timing.median, 0, 'f', 2)
               .arg(exactSearch.median, 0, 'f', 2)
               .arg(approximateSearch.median, 0, 'f', 2)
               .arg(recallAt50, 0, 'f', 4)
               .arg(approximate.probes())
               .arg(approximate.lists())
               .arg(approximateBuildS, 0, 'f', 2)
               .arg(buildAndSaveS, 0, 'f', 2)
               .arg(loadS, 0, 'f', 3)
               .arg(exactPlaylist.timing.cpuMedian, 0, 'f', 2)
               .arg(approximatePlaylist.timing.cpuMedian, 0, 'f', 2)
               .arg(exactSearch.cpuMedian, 0, 'f', 2)
               .arg(approximateSearch.cpuMedian, 0, 'f', 2)
               .arg(exactPlaylist.generatorShare(), 0, 'f', 2)
               .arg(options.maxGeneratorShare, 0, 'f', 1)
               .arg(generatorSlow ? QStringLiteral(": TOO SLOW") : QString());
    log.flush();
    const auto hex = [](std::uint64_t v) { return QString::number(v, 16); };
    return QJsonObject{
        {QStringLiteral("tracks"), qint64(size)},
        {QStringLiteral("generate_s"), generateS},
        {QStringLiteral("exact_build_s"), exactBuildS},
        {QStringLiteral("approximate_build_s"), approximateBuildS},
        {QStringLiteral("lists"), approximate.lists()},
        {QStringLiteral("probes"), approximate.probes()},
        {QStringLiteral("recall_at_50"), recallAt50},
        {QStringLiteral("search5_exact"), timingJson(exactSearch)},
        {QStringLiteral("search5_approximate"), timingJson(approximateSearch)},
        {QStringLiteral("playlist_exact"), timingJson(exactPlaylist.timing)},
        {QStringLiteral("playlist_approximate"), timingJson(approximatePlaylist.timing)},
        {QStringLiteral("playlist_approximate_smooth"), timingJson(smoothPlaylist.timing)},
        {QStringLiteral("generator_share_exact"), exactPlaylist.generatorShare()},
        {QStringLiteral("generator_share_approximate"), approximatePlaylist.generatorShare()},
        {QStringLiteral("playlists_digest"), hex(exactPlaylist.digest) + QLatin1Char('-') +
                                                 hex(approximatePlaylist.digest) + QLatin1Char('-') +
                                                 hex(smoothPlaylist.digest)},
        {QStringLiteral("playlists_relaxed"), exactPlaylist.relaxed + approximatePlaylist.relaxed},
        {QStringLiteral("mean_candidates_exact"), exactPlaylist.candidates},
        {QStringLiteral("mean_candidates_approximate"), approximatePlaylist.candidates},
        {QStringLiteral("index_build_and_save_s"), buildAndSaveS},
        {QStringLiteral("index_file_mb"), double(QFile(file).size()) / 1e6},
        {QStringLiteral("index_load_s"), loadS},
        {QStringLiteral("peak_rss_mb"), qint64(peakRssMb())},
    };
}

Options parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("sizes"), QStringLiteral("Library sizes."), QStringLiteral("N,N,...")},
         {QStringLiteral("playlists"), QStringLiteral("Playlists per measurement."), QStringLiteral("N")},
         {QStringLiteral("lists-per-sqrt"), QStringLiteral("IVF lists per sqrt(n)."), QStringLiteral("X")},
         {QStringLiteral("target-recall"), QStringLiteral("Probe calibration target."), QStringLiteral("R")},
         {QStringLiteral("iterations"), QStringLiteral("k-means iterations."), QStringLiteral("N")},
         {QStringLiteral("threads"), QStringLiteral("Threads for building (0: all)."), QStringLiteral("N")},
         {QStringLiteral("max-generator-share"),
          QStringLiteral("--smoke fails when the generator's CPU time exceeds this many times the search's."),
          QStringLiteral("X")},
         {QStringLiteral("smoke"), QStringLiteral("Small and quick; fails on wrong results.")}});
    parser.process(app);
    Options options;
    options.smoke = parser.isSet(QStringLiteral("smoke"));
    QString sizes = parser.value(QStringLiteral("sizes"));
    if (sizes.isEmpty())
        sizes = options.smoke ? QStringLiteral("5000") : QStringLiteral("10000,100000,1000000");
    for (const QString& s : sizes.split(QLatin1Char(',')))
        options.sizes.push_back(s.toULongLong());
    options.playlists = parser.isSet(QStringLiteral("playlists"))
                            ? parser.value(QStringLiteral("playlists")).toInt()
                            : (options.smoke ? 5 : 20);
    if (parser.isSet(QStringLiteral("lists-per-sqrt")))
        options.policy.listsPerSqrt = parser.value(QStringLiteral("lists-per-sqrt")).toDouble();
    if (parser.isSet(QStringLiteral("target-recall")))
        options.policy.targetRecall = parser.value(QStringLiteral("target-recall")).toDouble();
    if (parser.isSet(QStringLiteral("max-generator-share")))
        options.maxGeneratorShare = parser.value(QStringLiteral("max-generator-share")).toDouble();
    if (parser.isSet(QStringLiteral("threads")))
        options.policy.threads = parser.value(QStringLiteral("threads")).toInt();
    if (parser.isSet(QStringLiteral("iterations")))
        options.policy.trainingIterations = parser.value(QStringLiteral("iterations")).toInt();
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app);
    QTextStream log(stderr);
    bool wrong = false;
    QJsonArray results;
    for (std::size_t size : options.sizes)
        results.append(measure(size, options, wrong, log));
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("seeds"), kSeeds},
                                           {QStringLiteral("playlist_length"), kLength},
                                           {QStringLiteral("dimension"), 64},
                                           {QStringLiteral("lists_per_sqrt"), options.policy.listsPerSqrt},
                                           {QStringLiteral("target_recall"), options.policy.targetRecall},
                                           {QStringLiteral("results"), results}})
                               .toJson();
    return wrong ? 1 : 0;
}
