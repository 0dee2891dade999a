#include "core/analysis/DescriptorLayout.h"
#include "core/search/LibrarySearch.h"
#include "core/search/SimilarityScale.h"
#include "core/search/VectorTable.h"
#include "core/service/PlaylistBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace soundalike;

namespace {

using L = DescriptorLayout;

constexpr int kAlbumTracks = 15;

// A descriptor whose sound is one angle: six measures (brightness, noisiness, tempo) go round a circle with
// it, so that two songs' similarity falls with the difference of their angles. Everything else is the same
// for every track and adds nothing to any similarity.
AudioDescriptor descriptor(double angle)
{
    AudioDescriptor d;
    d.version = L::kVersion;
    d.summary.assign(std::size_t(L::dimensions()), 1.0f);
    const int spectral[] = {L::Centroid, L::Bandwidth, L::Rolloff, L::Flatness, L::ZeroCrossings};
    for (int k = 0; k < 6; ++k) {
        const auto value = float(2.0 + std::cos(angle + k * M_PI / 3.0));
        if (k < 5)
            d.summary[std::size_t(L::Spectral + 2 * spectral[k])] = value;
        else
            d.summary[std::size_t(L::Tempo + L::TempoBpm)] = 60.0f * value;
    }
    d.segments = d.summary;
    return d;
}

struct Library
{
    QString path;
    std::vector<std::int64_t> bright, brightish, dark; // the three albums
};

// Three albums of untagged files, each in its folder, whose songs sound all but the same, as a learned space
// draws an album's songs: two near each other, one opposite.
Library makeLibrary(const QString& path)
{
    Library library{path, {}, {}, {}};
    Database db(path);
    Transaction transaction(db);
    TrackStore tracks(db);
    DescriptorStore descriptors(db);
    std::mt19937 random(11);
    std::uniform_real_distribution<double> wobble(-0.05, 0.05);
    const auto add = [&](const std::string& folder, int i, const AudioDescriptor& d) {
        TrackInfo t;
        t.path = "/nowhere/" + folder + "/" + std::to_string(i) + ".mp3";
        t.stamp = {1000 + i, 1};
        t.title = QStringLiteral("%1 %2").arg(QString::fromStdString(folder)).arg(i);
        t.durationMs = 200000;
        const std::int64_t id = tracks.insert(t, FolderStore(db).ensure("/nowhere/" + folder));
        descriptors.put(id, d);
        return id;
    };
    for (int i = 0; i < kAlbumTracks; ++i) {
        library.bright.push_back(add("bright", i, descriptor(wobble(random))));
        library.brightish.push_back(add("brightish", i, descriptor(0.3 + wobble(random))));
        library.dark.push_back(add("dark", i, descriptor(M_PI + wobble(random))));
    }
    transaction.commit();
    return library;
}

float similarity(const VectorTable& vectors, std::int64_t a, std::int64_t b)
{
    const auto x = vectors.vector(*vectors.row(a)), y = vectors.vector(*vectors.row(b));
    return std::inner_product(x.begin(), x.end(), y.begin(), 0.0f);
}

} // namespace

// What "fits" means in a library of few albums, through the path the window and the command line take.
class TestFitLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // An album's songs are each other's closest by far. With the pairs of all songs, three albums' own pairs
    // were a fifth of the library's and set the line alone: no song of another album fit anything, and a new
    // listener's first playlist read "None of the 30 songs fits these seeds well". The line now stands among
    // pairs of two albums, so the nearest other album fits too, and the far one still does not.
    void theNearestOtherAlbumFitsInALibraryOfFewAlbums()
    {
        const Library library = makeLibrary(m_dir.filePath(QStringLiteral("few.db")));
        Database db(library.path);
        const LibrarySearch search(db, library.path, TrackStore(db).all());
        const SimilarityScale& scale = *search.space().scale;
        const SimilarityScale allPairs(search.vectors());
        const std::int64_t seed = library.bright.front();
        for (const std::int64_t mate : library.bright)
            QVERIFY(mate == seed || scale.fits(similarity(search.vectors(), seed, mate)));
        // Pairs of a song of the seed's album and one of `other` that fit each other on `line`.
        const auto fittingPairs = [&](const SimilarityScale& line, const std::vector<std::int64_t>& other) {
            int pairs = 0;
            for (const std::int64_t a : library.bright) {
                for (const std::int64_t b : other)
                    pairs += line.fits(similarity(search.vectors(), a, b)) ? 1 : 0;
            }
            return pairs;
        };
        const int nearPairs = fittingPairs(scale, library.brightish);
        qInfo("%d of the %d pairs with the nearest other album fit", nearPairs, kAlbumTracks * kAlbumTracks);
        QVERIFY(nearPairs > 0);
        QCOMPARE(fittingPairs(scale, library.dark), 0);
        // What the line was: the albums' own pairs set it, and no song of another album fit any.
        QCOMPARE(fittingPairs(allPairs, library.brightish), 0);
    }

    // A library that is one album (one folder, no album tags) has no pairs of two albums: all its pairs set
    // the line, so a few of its songs fit and most do not, rather than every one.
    void aLibraryOfOneAlbumKeepsALine()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.db"));
        {
            Database db(path);
            Transaction transaction(db);
            TrackStore tracks(db);
            DescriptorStore descriptors(db);
            std::mt19937 random(5);
            std::uniform_real_distribution<double> anywhere(-M_PI, M_PI);
            for (int i = 0; i < 30; ++i) {
                TrackInfo t;
                t.path = "/nowhere/one/" + std::to_string(i) + ".mp3";
                t.stamp = {1000 + i, 1};
                t.durationMs = 200000;
                descriptors.put(tracks.insert(t, FolderStore(db).ensure("/nowhere/one")),
                                descriptor(anywhere(random)));
            }
            transaction.commit();
        }
        PlaylistRequest request;
        request.seeds = {1};
        request.count = 20;
        request.artistGap = 0;
        const PlaylistResult result = PlaylistBuilder::build(path, request);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const auto fitting = std::count_if(result.entries.begin(), result.entries.end(),
                                           [](const PlaylistEntry& e) { return fitsWell(e); });
        QVERIFY2(fitting < 10, qPrintable(QString::number(fitting)));
    }
};

QTEST_GUILESS_MAIN(TestFitLine)
#include "tst_fitline.moc"
