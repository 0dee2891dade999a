#include "core/library/LibraryScanner.h"
#include "core/map/MapLayout.h"
#include "core/map/MapQuality.h"
#include "core/map/MapSource.h"
#include "core/service/LibraryMap.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/MapComputation.h"
#include "core/service/jobs/AnalysisJob.h"
#include "core/service/jobs/JobControl.h"
#include "core/service/jobs/TrainingJob.h"
#include "core/storage/Database.h"
#include "core/storage/MapStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/LabelledLibrary.h"
#include "tests/support/SyntheticLibrary.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

using namespace soundalike;
using namespace soundalike::test;

// The library map on real analysed audio (LabelledLibrary: genres that differ in sound) and on synthetic
// clustered vectors: the map keeps neighbourhoods, new tracks join it beside their neighbours without moving
// anything, a new model or a library grown by a fifth lays it out anew, and a cancelled layout writes
// nothing.
class TestMapLayout : public QObject
{
    Q_OBJECT

    static constexpr int kGenres = 6;
    static constexpr int kPerGenre = 20;
    static constexpr int kLater = 2; // per genre, added after the first layout

    QTemporaryDir m_dir;
    QString m_music;

    static void analyse(const QString& db)
    {
        AnalysisOptions options;
        options.threads = 2;
        AnalysisJob analysis(db, options);
        JobControl control;
        analysis.run(control);
    }

    // The stored positions of the current vector space's map.
    static std::map<std::int64_t, MapPosition> stored(const QString& db)
    {
        Database database(db);
        MapStore store(database);
        std::map<std::int64_t, MapPosition> byTrack;
        if (const auto layout = store.layout(mapVectors(database).space)) {
            for (const MapPosition& p : store.positions(layout->id))
                byTrack[p.trackId] = p;
        }
        return byTrack;
    }

    // Genre index per table row, from each track's genre tag.
    static std::vector<int> genresOf(Database& db, const VectorTable& table)
    {
        std::vector<int> labels(table.size(), -1);
        for (const Track& track : TrackStore(db).all()) {
            const auto row = table.row(track.id);
            for (int g = 0; row && g < kGenres; ++g) {
                if (track.genres.value(0) == LabelledLibrary::genreName(g))
                    labels[*row] = g;
            }
        }
        return labels;
    }

    static LibraryMapResult compute(const QString& db)
    {
        const std::atomic_bool cancel = false;
        return computeLayout(db, {}, cancel);
    }

    // Moves the last kLater tracks of each genre out of the library to a folder beside it, or back.
    void moveLater(bool out)
    {
        const LabelledLibrary library(m_music, kGenres, kPerGenre, 0);
        for (int g = 0; g < kGenres; ++g) {
            for (int i = kPerGenre - kLater; i < kPerGenre; ++i) {
                const QString inLibrary = library.track(g, i);
                const QString aside = m_dir.filePath(QStringLiteral("aside/%1-%2.mp3").arg(g).arg(i));
                QVERIFY(QDir().mkpath(QFileInfo(out ? aside : inLibrary).path()));
                QVERIFY(out ? QFile::rename(inLibrary, aside) : QFile::rename(aside, inLibrary));
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_music = m_dir.filePath(QStringLiteral("music"));
        QVERIFY(LabelledLibrary(m_music, kGenres, kPerGenre, 0).write());
    }

    // The first map of an analysed library: every analysed track on it, neighbourhoods kept.
    void firstMapKeepsNeighbourhoods()
    {
        const QString db = m_dir.filePath(QStringLiteral("first.db"));
        LibraryScanner(db).scan({m_music});
        analyse(db);
        const LibraryMapResult map = compute(db);
        QCOMPARE(map.action, LibraryMapResult::Action::LaidOut);
        QCOMPARE(map.space, QStringLiteral("descriptors-v1"));
        QCOMPARE(int(map.points.size()), kGenres * kPerGenre);
        QCOMPARE(map.coverage.missing(), 0);
        QCOMPARE(int(stored(db).size()), kGenres * kPerGenre);

        Database database(db);
        const MapVectors vectors = mapVectors(database);
        std::vector<float> xy(vectors.table.size() * 2);
        for (const MapPoint& p : map.points) {
            const std::size_t row = *vectors.table.row(p.id);
            xy[2 * row] = p.x;
            xy[2 * row + 1] = p.y;
        }
        const std::vector<int> genres = genresOf(database, vectors.table);
        const NeighbourhoodQuality q = measureNeighbourhoods(vectors.table, xy, {genres, {}, {}}, 10, 1000);
        qInfo("P@10 by genre: %.3f on the map, %.3f in the full space; trustworthiness %.3f",
              q.labelAgreementMap, q.labelAgreementFull, q.trustworthiness);
        QVERIFY(q.labelAgreementFull > 0.5);
        QVERIFY(q.labelAgreementMap >= 0.9 * q.labelAgreementFull);
        QVERIFY(q.trustworthiness >= 0.9);

        // Nothing new: the stored map, as it was.
        const LibraryMapResult again = compute(db);
        QCOMPARE(again.action, LibraryMapResult::Action::Loaded);
        QCOMPARE(again.points.size(), map.points.size());
    }

    // Tracks analysed after the layout join it beside their own kind; nothing else moves.
    void newTracksArePlacedBesideTheirNeighbours()
    {
        moveLater(true);
        const QString db = m_dir.filePath(QStringLiteral("placed.db"));
        LibraryScanner(db).scan({m_music});
        analyse(db);
        QCOMPARE(compute(db).action, LibraryMapResult::Action::LaidOut);
        const auto before = stored(db);
        QCOMPARE(int(before.size()), kGenres * (kPerGenre - kLater));

        moveLater(false);
        LibraryScanner(db).scan({m_music});
        analyse(db);
        const LibraryMapResult map = compute(db);
        QCOMPARE(map.action, LibraryMapResult::Action::Placed);
        QCOMPARE(map.placedNow, kGenres * kLater);
        QCOMPARE(int(map.points.size()), kGenres * kPerGenre);
        const auto after = stored(db);
        for (const auto& [id, p] : before) {
            QCOMPARE(after.at(id).x, p.x);
            QCOMPARE(after.at(id).y, p.y);
        }
        // Each placed track's five nearest tracks on the map share its genre about as often as its five
        // nearest in the full space do.
        Database database(db);
        std::map<std::int64_t, QString> genreOf;
        for (const Track& track : TrackStore(database).all())
            genreOf[track.id] = track.genres.value(0);
        const MapVectors vectors = mapVectors(database);
        const auto shareOfGenre = [&](std::int64_t id, std::vector<std::pair<float, std::int64_t>> nearest) {
            std::partial_sort(nearest.begin(), nearest.begin() + 5, nearest.end());
            double share = 0;
            for (int j = 0; j < 5; ++j)
                share += genreOf[nearest[std::size_t(j)].second] == genreOf[id] ? 1.0 / 5 : 0.0;
            return share;
        };
        double onMap = 0, inFullSpace = 0;
        for (const auto& [id, p] : after) {
            if (before.count(id))
                continue;
            std::vector<std::pair<float, std::int64_t>> byMap, bySound;
            const auto v = vectors.table.vector(*vectors.table.row(id));
            for (const auto& [other, q] : before) {
                byMap.emplace_back((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y), other);
                const auto w = vectors.table.vector(*vectors.table.row(other));
                bySound.emplace_back(-std::inner_product(v.begin(), v.end(), w.begin(), 0.0f), other);
            }
            onMap += shareOfGenre(id, byMap);
            inFullSpace += shareOfGenre(id, bySound);
        }
        qInfo("placed tracks: %.2f of their 5 nearest on the map share their genre, %.2f in the full space",
              onMap / (kGenres * kLater), inFullSpace / (kGenres * kLater));
        QVERIFY(inFullSpace > 0);
        QVERIFY(onMap >= 0.9 * inFullSpace);
    }

    // A library that grew by more than a fifth since its layout is laid out anew.
    void aLibraryGrownByAFifthIsLaidOutAnew()
    {
        const QString db = m_dir.filePath(QStringLiteral("grown.db"));
        LibraryScanner(db).scan({m_music + QStringLiteral("/") + LabelledLibrary::genreName(0)});
        analyse(db);
        QCOMPARE(compute(db).action, LibraryMapResult::Action::LaidOut);
        LibraryScanner(db).scan({m_music});
        analyse(db);
        const LibraryMapResult map = compute(db);
        QCOMPARE(map.action, LibraryMapResult::Action::LaidOut);
        QCOMPARE(int(map.points.size()), kGenres * kPerGenre);
    }

    // Most of the mapped tracks removed and a few added (a library replaced by another): the few left cannot
    // place the newcomers (with none left there is nothing to place them beside), so the map is laid out
    // anew.
    void aLibraryMostlyReplacedIsLaidOutAnew()
    {
        const QString db = m_dir.filePath(QStringLiteral("replaced.db"));
        QStringList first;
        for (int g = 0; g + 1 < kGenres; ++g)
            first << m_music + QStringLiteral("/") + LabelledLibrary::genreName(g);
        LibraryScanner(db).scan(first);
        analyse(db);
        QCOMPARE(compute(db).action, LibraryMapResult::Action::LaidOut);
        LibraryScanner(db).scan({m_music + QStringLiteral("/") + LabelledLibrary::genreName(kGenres - 1)});
        analyse(db);
        constexpr int kKept = 5;
        {
            Database database(db);
            TrackStore tracks(database);
            const auto laidOut = stored(db);
            int kept = 0;
            for (const auto& [id, p] : laidOut) {
                if (++kept > kKept)
                    tracks.remove(id);
            }
        }
        const LibraryMapResult map = compute(db);
        QCOMPARE(map.action, LibraryMapResult::Action::LaidOut);
        QCOMPARE(int(map.points.size()), kKept + kPerGenre);
        std::set<std::pair<float, float>> places;
        for (const MapPoint& p : map.points)
            places.insert({p.x, p.y});
        QCOMPARE(int(places.size()), kKept + kPerGenre);
    }

    // A new model is a new space: the map is laid out anew from its embeddings and the old layout goes.
    void aNewModelLaysTheMapOutAnew()
    {
        const QString db = m_dir.filePath(QStringLiteral("first.db"));
        LearnOptions options;
        options.epochs = 3;
        options.dim = 8;
        TrainingJob training(db, options);
        JobControl control;
        training.run(control);
        QVERIFY(training.outcome().trained);

        // The app's way: a MapJob on the one job queue.
        JobQueue queue;
        LibraryPipeline pipeline(db, queue);
        LibraryMap map(db, pipeline);
        QSignalSpy updated(&map, &LibraryMap::updated);
        map.update();
        QVERIFY(updated.wait(60000));
        const auto result = updated.first().at(0).value<LibraryMapResult>();
        QCOMPARE(result.action, LibraryMapResult::Action::LaidOut);
        QVERIFY(result.space.startsWith(QLatin1String("embedding-model")));
        QCOMPARE(int(result.points.size()), kGenres * kPerGenre);
        Database database(db);
        QVERIFY(!MapStore(database).layout(QStringLiteral("descriptors-v1")));
        QVERIFY(MapStore(database).layout(result.space));
    }

    // Cancelled while laying out: nothing written, the previous map stays.
    void aCancelledLayoutKeepsThePreviousMap()
    {
        const QString db = m_dir.filePath(QStringLiteral("cancelled.db"));
        LibraryScanner(db).scan({m_music});
        analyse(db);
        std::atomic_bool cancel = false;
        const LibraryMapResult cancelled = computeLayout(
            db,
            [&](const MapProgress& p) {
                if (p.stage == MapProgress::Stage::Layout && p.fraction > 0.5)
                    cancel = true;
            },
            cancel);
        QCOMPARE(cancelled.action, LibraryMapResult::Action::Cancelled);
        QVERIFY(stored(db).empty());
        QCOMPARE(compute(db).action, LibraryMapResult::Action::LaidOut);
    }

    // Placement at the core: 3,000 synthetic tracks laid out without 60 of them, which are then placed.
    void placementJoinsTheRightCluster()
    {
        SyntheticOptions options;
        options.tracks = 3000;
        options.genres = 12;
        const SyntheticLibrary library(options);
        const VectorTable& all = library.vectors();
        VectorTable placed(all.sourceKey(), all.dimensionNames());
        std::vector<float> fresh;
        std::vector<std::int64_t> freshIds;
        for (std::size_t r = 0; r < all.size(); ++r) {
            if (r % 50 == 7) {
                freshIds.push_back(all.id(r));
                fresh.insert(fresh.end(), all.vector(r).begin(), all.vector(r).end());
            } else {
                placed.add(all.id(r), all.vector(r));
            }
        }
        LayoutOptions layout;
        layout.threads = 1;
        layout.iterations = 200;
        const std::atomic_bool cancel = false;
        const auto xy = layOutMap(placed, layout, {}, cancel);
        QVERIFY(xy);
        const std::vector<float> newXY = placeBeside(placed, *xy, fresh, layout);
        QCOMPARE(newXY.size(), freshIds.size() * 2);
        double agreement = 0;
        for (std::size_t i = 0; i < freshIds.size(); ++i) {
            std::vector<std::pair<float, std::size_t>> nearest;
            for (std::size_t r = 0; r < placed.size(); ++r) {
                const float dx = (*xy)[2 * r] - newXY[2 * i], dy = (*xy)[2 * r + 1] - newXY[2 * i + 1];
                nearest.emplace_back(dx * dx + dy * dy, r);
            }
            std::partial_sort(nearest.begin(), nearest.begin() + 10, nearest.end());
            for (int j = 0; j < 10; ++j)
                agreement +=
                    library.genreOf(placed.id(nearest[std::size_t(j)].second)) == library.genreOf(freshIds[i])
                        ? 0.1
                        : 0.0;
        }
        agreement /= double(freshIds.size());
        qInfo("placed synthetic tracks: %.3f of their 10 nearest on the map share their genre", agreement);
        QVERIFY(agreement >= 0.9);
    }

    // A heavier-tailed kernel (dof 0.5, which the map benchmark measures) pulls clusters apart where the
    // Cauchy kernel (dof 1, shipped) lets them touch: the gap between genres, in units of a genre's own
    // spread, widens.
    void aHeavierTailSeparatesClusters()
    {
        SyntheticOptions options;
        options.tracks = 1200;
        options.genres = 8;
        options.trackNoise = 2.0;
        const SyntheticLibrary library(options);
        const auto separation = [&](float dof) {
            LayoutOptions layout;
            layout.threads = 1;
            layout.dof = dof;
            const std::atomic_bool cancel = false;
            const auto xy = layOutMap(library.vectors(), layout, {}, cancel);
            return xy ? genreSeparation(library, *xy) : 0.0;
        };
        const double cauchy = separation(1.0f), heavy = separation(0.5f);
        qInfo("gap between genres over their spread: %.2f with dof 1, %.2f with dof 0.5", cauchy, heavy);
        QVERIFY(heavy > 1.2 * cauchy);
        // Measured and not adopted: the map ships the Cauchy kernel (docs/quality.md).
        QCOMPARE(LayoutOptions{}.dof, 1.0f);
    }

private:
    // The mean distance from each genre's centre to the nearest other genre's centre, over the mean distance
    // of a track from its genre's centre.
    static double genreSeparation(const SyntheticLibrary& library, const std::vector<float>& xy)
    {
        std::map<int, std::array<double, 3>> sums; // x, y, count
        const VectorTable& table = library.vectors();
        for (std::size_t r = 0; r < table.size(); ++r) {
            auto& sum = sums[library.genreOf(table.id(r))];
            sum[0] += xy[2 * r];
            sum[1] += xy[2 * r + 1];
            sum[2] += 1;
        }
        double spread = 0;
        for (std::size_t r = 0; r < table.size(); ++r) {
            const auto& sum = sums[library.genreOf(table.id(r))];
            spread += std::hypot(xy[2 * r] - sum[0] / sum[2], xy[2 * r + 1] - sum[1] / sum[2]);
        }
        spread /= double(table.size());
        double gap = 0;
        for (const auto& [genre, sum] : sums) {
            double nearest = std::numeric_limits<double>::max();
            for (const auto& [other, otherSum] : sums) {
                if (other != genre)
                    nearest = std::min(nearest, std::hypot(sum[0] / sum[2] - otherSum[0] / otherSum[2],
                                                           sum[1] / sum[2] - otherSum[1] / otherSum[2]));
            }
            gap += nearest;
        }
        return gap / double(sums.size()) / spread;
    }
};

QTEST_GUILESS_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
