// What pressing Generate costs in the app, from the request to the finished playlist, at library scale:
// PlaylistBuilder::build with the search SimilarTracksCache keeps open between playlists, against the same
// request served the way every Generate was served before it (a SimilarTracks opened for the one playlist,
// which reads the tracks, the vectors and the index and measures the similarity scale). Both run in turns in
// one process on one database, so they meet the same load; the figure is their ratio.
//
//   bench_generate [--tracks N] [--requests R]      default 100,000 tracks, 20 requests
//   bench_generate --smoke                          3,000 tracks, 5 requests, fails when the kept search is
//                                                   not at least 3 times faster or reopens when it should not
//
// The library: N tagged tracks (TaggedTracks) with clustered synthetic descriptors (SyntheticLibrary), so the
// descriptor source is used, as in a library analysed but not yet trained. A 50-song Smooth playlist from 5
// seeds, as in bench_search.
#include "core/analysis/DescriptorLayout.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/SimilarTracksCache.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "tests/support/FreshSearch.h"
#include "tests/support/PlaylistEntries.h"
#include "tests/support/TaggedTracks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace soundalike;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

template <typename F> double timedMs(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

PlaylistRequest requestFor(std::mt19937_64& rng, int tracks)
{
    PlaylistRequest request;
    std::uniform_int_distribution<std::int64_t> id(1, tracks);
    while (request.seeds.size() < 5) {
        const std::int64_t seed = id(rng);
        if (std::find(request.seeds.begin(), request.seeds.end(), seed) == request.seeds.end())
            request.seeds.push_back(seed);
    }
    request.count = 50;
    request.order = PlaylistOrder::Smooth;
    request.randomSeed = rng();
    return request;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tracks"), QStringLiteral("Library size."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("requests"), QStringLiteral("Timed playlists of each kind."),
                      QStringLiteral("R"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("Small run that checks the ratio (CI).")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const int tracks = smoke ? 3000 : parser.value(QStringLiteral("tracks")).toInt();
    const int requests = smoke ? 5 : parser.value(QStringLiteral("requests")).toInt();

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("library.db"));
    QElapsedTimer build;
    build.start();
    test::writeTaggedTracks(db, tracks);
    test::writeSyntheticDescriptors(db, tracks);
    std::printf("library of %d tracks with descriptors written in %.1f s\n", tracks,
                double(build.elapsed()) / 1000.0);

    SimilarTracksCache& cache = SimilarTracksCache::shared();
    std::mt19937_64 rng(19);
    bool ok = true;
    const double residentBefore = residentMb();
    const double first = timedMs([&] { (void)PlaylistBuilder::build(db, requestFor(rng, tracks)); });
    const double residentKept = residentMb() - residentBefore;
    const int openedFirst = cache.openings();

    std::vector<double> alone, kept;
    for (int i = 0; i < requests; ++i) {
        const PlaylistRequest request = requestFor(rng, tracks);
        std::vector<std::int64_t> aloneIds, keptIds;
        alone.push_back(timedMs([&] { aloneIds = test::playlistOfFreshSearch(db, request); }));
        PlaylistResult result;
        kept.push_back(timedMs([&] { result = PlaylistBuilder::build(db, request); }));
        if (!result.error.isEmpty() || test::idsOf(result.entries) != aloneIds || aloneIds.size() != 50) {
            std::printf("FAIL: request %d: the kept search's playlist differs from a fresh one's (%s)\n", i,
                        qPrintable(result.error));
            ok = false;
        }
    }
    if (cache.openings() != openedFirst) {
        std::printf("FAIL: the kept search was opened again %d time(s) with nothing changed\n",
                    cache.openings() - openedFirst);
        ok = false;
    }

    // Another connection analyses one track again, as a background analysis would: the next playlist must
    // see it, so it opens the search again.
    {
        Database other(db);
        DescriptorStore store(other);
        auto descriptor = store.get(1, DescriptorLayout::kVersion);
        store.put(1, *descriptor);
    }
    const double afterChange = timedMs([&] { (void)PlaylistBuilder::build(db, requestFor(rng, tracks)); });
    if (cache.openings() != openedFirst + 1) {
        std::printf("FAIL: a changed library was not opened again\n");
        ok = false;
    }

    const Timing a = summarise(alone), k = summarise(kept);
    std::printf("\n| tracks | Generate, search opened per playlist (before) | Generate, search kept open | "
                "ratio | first Generate | after a change | kept in memory |\n");
    std::printf("| %d | %.2f ms (p95 %.2f) | %.2f ms (p95 %.2f) | %.1f× | %.1f ms | %.1f ms | %.0f MB |\n",
                tracks, a.median, a.p95, k.median, k.p95, a.median / k.median, first, afterChange,
                residentKept);
    if (smoke && k.median * 3 > a.median) {
        std::printf("FAIL: the kept search is not 3 times faster than opening one per playlist\n");
        ok = false;
    }
    return ok ? 0 : 1;
}
