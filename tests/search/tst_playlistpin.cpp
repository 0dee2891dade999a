// Pins the generator's output for fixed requests and random seeds over a synthetic library, so that work
// on its speed can prove that playlists stay identical (issue 19). When a change is meant to alter playlists,
// update the digests here in the same commit and say why in its message.
#include "core/search/PlaylistGenerator.h"
#include "core/search/SimilarityIndex.h"
#include "tests/support/SyntheticLibrary.h"

#include <QTest>

#include <cstring>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// FNV-1a over everything a listener or a script sees of each entry, in order.
class Digest
{
public:
    void add(const void* data, std::size_t size)
    {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i)
            m_value = (m_value ^ bytes[i]) * 1099511628211ULL;
    }
    template <typename T> void add(const T& value) { add(&value, sizeof value); }
    void add(const QString& text) { add(text.constData(), std::size_t(text.size()) * sizeof(QChar)); }
    std::uint64_t value() const { return m_value; }

private:
    std::uint64_t m_value = 14695981039346656037ULL;
};

std::uint64_t digestOf(const GeneratedPlaylist& playlist)
{
    Digest d;
    for (const SuggestedTrack& e : playlist.entries) {
        d.add(e.trackId);
        d.add(e.seedId);
        d.add(e.viaCentroid);
        for (const QString& reason : e.reasons)
            d.add(reason);
    }
    for (const QString& text : playlist.relaxations + playlist.notes)
        d.add(text);
    return d.value();
}

QString listed(const GeneratedPlaylist& playlist)
{
    QStringList ids;
    for (const SuggestedTrack& e : playlist.entries)
        ids << QString::number(e.trackId);
    return ids.join(QLatin1Char(','));
}

struct Pinned
{
    const char* name;
    GenerationRequest request;
    bool approximate;
    std::uint64_t digest;
    std::vector<std::int64_t> firstIds;
};

GenerationRequest make(std::vector<std::int64_t> seeds, int count, PlaylistOrder order, std::uint64_t random)
{
    GenerationRequest r;
    r.seeds = std::move(seeds);
    r.count = count;
    r.order = order;
    r.randomSeed = random;
    return r;
}

std::vector<Pinned> pinnedCases()
{
    std::vector<Pinned> cases;
    cases.push_back({"similar, 5 seeds",
                     make({11, 907, 1503, 2210, 2999}, 50, PlaylistOrder::Similar, 0),
                     false,
                     0xa34ed5040f46fce0ULL,
                     {1501, 13, 2208, 3000, 919}});
    cases.push_back({"smooth, 5 seeds, random 7",
                     make({11, 907, 1503, 2210, 2999}, 50, PlaylistOrder::Smooth, 7),
                     false,
                     0x5b509a22e2feeb30ULL,
                     {12, 1522, 108, 2995, 2001}});
    cases.push_back({"smooth, 3 close seeds",
                     make({400, 401, 405}, 30, PlaylistOrder::Smooth, 1),
                     false,
                     0x29cd7cbca4729481ULL,
                     {383, 436, 2412, 1087, 388}});
    cases.push_back({"path",
                     make({120, 2600}, 12, PlaylistOrder::Path, 0),
                     false,
                     0x47f00473ccbdb7b4ULL,
                     {112, 2162, 1522, 2596, 1420}});
    GenerationRequest rules = make({77, 1800}, 0, PlaylistOrder::Similar, 3);
    rules.minutes = 90;
    rules.diversity = 0.6;
    rules.artistGap = 3;
    rules.maxPerArtist = 2;
    rules.filter.excludedGenres = {QStringLiteral("genre 5")};
    cases.push_back(
        {"budget, cap, filter, diversity", rules, false, 0x36039327afa876f8ULL, {63, 1774, 399, 2755, 1797}});
    cases.push_back({"similar, approximate index",
                     make({11, 907, 1503, 2210, 2999}, 50, PlaylistOrder::Similar, 2),
                     true,
                     0xec61e8c99a5d5616ULL,
                     {1501, 910, 2982, 2208, 12}});
    return cases;
}

} // namespace

class TestPlaylistPin : public QObject
{
    Q_OBJECT

private slots:
    void playlistsAreAsPinned_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = pinnedCases();
        for (std::size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].name) << int(i);
    }

    void playlistsAreAsPinned()
    {
        QFETCH(int, index);
        SyntheticOptions options;
        options.tracks = 3000;
        static const SyntheticLibrary library(options);
        static const SimilarityIndex exact = SimilarityIndex::build(library.vectors());
        static const SimilarityIndex approximate = [] {
            IndexPolicy policy;
            policy.exactLimit = 0;
            return SimilarityIndex::build(library.vectors(), policy);
        }();
        QCOMPARE(exact.kind(), SimilarityIndex::Kind::Exact);
        QCOMPARE(approximate.kind(), SimilarityIndex::Kind::Approximate);

        const Pinned pinned = pinnedCases()[std::size_t(index)];
        const PlaylistGenerator generator(
            {library.vectors(), pinned.approximate ? approximate : exact, library.catalog()});
        const GeneratedPlaylist playlist = generator.generate(pinned.request);
        QVERIFY(!playlist.entries.empty());
        // Generating again gives the same playlist: nothing depends on state left from a previous call.
        QCOMPARE(digestOf(generator.generate(pinned.request)), digestOf(playlist));
        qInfo("%s: %zu tracks, digest 0x%llx: %s", pinned.name, playlist.entries.size(),
              (unsigned long long)digestOf(playlist), qPrintable(listed(playlist)));
        for (std::size_t i = 0; i < pinned.firstIds.size(); ++i)
            QCOMPARE(playlist.entries.at(i).trackId, pinned.firstIds[i]);
        QCOMPARE(digestOf(playlist), pinned.digest);
    }
};

QTEST_GUILESS_MAIN(TestPlaylistPin)
#include "tst_playlistpin.moc"
