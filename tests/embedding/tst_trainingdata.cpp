// What self-supervised training learns from: one track's segments are positives, and the other tracks of its
// album (the album tag, else the folder when it holds no more tracks than an album does and, if it is a large
// part of the library, its songs sound alike) are not negatives.
#include "core/common/AlbumKeys.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/RelatedAlbums.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/embedding/TrackLabels.h"
#include "core/storage/Database.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace soundalike;

namespace {

// Two segments per track, two dimensions.
AnalysedLibrary library(const std::vector<std::int64_t>& ids)
{
    AnalysedLibrary lib;
    lib.trackIds = ids;
    lib.summaries = FeatureMatrix(int(ids.size()), 2);
    lib.segments = FeatureMatrix(int(ids.size()) * 2, 2);
    for (int t = 0; t < int(ids.size()); ++t)
        lib.segmentOwner.insert(lib.segmentOwner.end(), 2, t);
    return lib;
}

} // namespace

class TestTrainingData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void albumTracksAreNoNegatives()
    {
        const AnalysedLibrary lib = library({1, 2, 3});
        TrackLabels labels;
        labels.labels.resize(3);
        labels.groups = {0, 1, 2};
        labels.albums = {5, 5, -1};
        const TrainingData data = SimilarityLearner::trainingData(lib, labels, Supervision::SelfSupervised,
                                                                  QStringLiteral("segments"));
        QCOMPARE(int(data.labels.size()), 6);
        QCOMPARE(data.labels[0], data.labels[1]); // one track's segments are positives
        QVERIFY(data.labels[2] != data.labels[0]);
        QCOMPARE(data.related, (std::vector<int>{5, 5, 5, 5, -1, -1})); // its album's other track no negative
        QVERIFY(!data.views.empty());
        // Labelled training knows nothing of albums.
        labels.labels = {{0}, {0}, {1}};
        labels.names = {QStringLiteral("Drone"), QStringLiteral("Beat")};
        QVERIFY(SimilarityLearner::trainingData(lib, labels, Supervision::Labels, QStringLiteral("segments"))
                    .related.empty());
    }

    void untaggedTracksTakeTheirFolderAsAlbum()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        const std::int64_t root = FolderStore(db).ensure("/music");
        std::vector<std::int64_t> ids;
        const auto add = [&](const std::string& path, const QString& album) {
            TrackInfo info;
            info.path = path;
            info.title = QString::fromStdString(path);
            info.artist = QStringLiteral("Someone");
            info.album = album;
            ids.push_back(TrackStore(db).insert(info, root));
        };
        add("/music/a/1.mp3", {});
        add("/music/a/2.mp3", {});
        add("/music/b/1.mp3", {});
        add("/music/b/2.mp3", QStringLiteral("Tagged"));
        add("/music/c/2.mp3", QStringLiteral("Tagged"));
        // A folder of everything is no album.
        for (int i = 0; i <= AlbumKeys::kMaxFolderAlbumTracks; ++i)
            add("/music/all/" + std::to_string(i) + ".mp3", {});
        const TrackLabels labels = TrackLabels::fromGenres(db, library(ids));
        const auto& albums = labels.albums;
        QVERIFY(albums[0] >= 0);
        QCOMPARE(albums[0], albums[1]);
        QVERIFY(albums[2] >= 0 && albums[2] != albums[0]);
        QCOMPARE(albums[3], albums[4]); // the tag, wherever the files are
        QVERIFY(albums[3] != albums[2]);
        QCOMPARE(albums[5], -1);
    }

    // A large folder whose songs sound no more alike than any in the library is no album: were its songs
    // never each other's negatives, the network would learn which folder a song is in (the island of copied
    // songs, docs/quality.md). Copies of one recording do not make a folder sound alike; a tag is taken at
    // its word; a folder too small a part of the library to set its songs apart is not tested.
    void aLargeFolderWhoseSongsDoNotSoundAlikeIsNoAlbum()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        const std::int64_t root = FolderStore(db).ensure("/music");
        std::vector<std::int64_t> ids;
        std::vector<std::vector<float>> sound;
        std::mt19937 random(3);
        std::normal_distribution<float> spread(0.0f, 1.0f);
        const auto anywhere = [&] {
            return std::vector<float>{spread(random), spread(random), spread(random)};
        };
        const auto add = [&](const std::string& folder, const QString& album, std::vector<float> descriptor) {
            TrackInfo info;
            info.path = "/music/" + folder + "/" + std::to_string(ids.size()) + ".mp3";
            info.album = album;
            ids.push_back(TrackStore(db).insert(info, root));
            FingerprintStore(db).put(ids.back(), {{std::uint32_t(ids.size())}, 0}, {});
            sound.push_back(std::move(descriptor));
        };
        for (int i = 0; i < 8; ++i) // 0–7: an album that sounds alike
            add("alike", {},
                {4.0f + 0.3f * spread(random), 4.0f + 0.3f * spread(random), 0.3f * spread(random)});
        for (int i = 0; i < 8; ++i) // 8–15: songs filed together that sound like anything
            add("mixed", {}, anywhere());
        // 16–31: four recordings as far apart as two songs of the library usually are (the corners of a
        // tetrahedron), each four times: their copies would make the folder sound alike.
        const float edge = 2.3f / std::sqrt(8.0f);
        for (const std::vector<float>& corner : {std::vector<float>{edge, edge, edge},
                                                 {edge, -edge, -edge},
                                                 {-edge, edge, -edge},
                                                 {-edge, -edge, edge}}) {
            for (int copy = 0; copy < 4; ++copy) {
                add("copies", {}, corner);
                if (copy > 0)
                    FingerprintStore(db).join(ids.back(), ids[ids.size() - 2]);
            }
        }
        for (int i = 0; i < 8; ++i) // 32–39: a tagged album, whatever it sounds like
            add("tagged", QStringLiteral("Mixtape"), anywhere());
        for (int i = 0; i < 3; ++i) // 40–42: a small folder
            add("small", {}, anywhere());
        for (int i = 0; i < 37; ++i) // the rest of the library, a song per folder
            add("single" + std::to_string(i), {}, anywhere());
        AnalysedLibrary lib = library(ids);
        lib.summaries = FeatureMatrix(int(ids.size()), 3);
        for (std::size_t t = 0; t < ids.size(); ++t)
            std::copy(sound[t].begin(), sound[t].end(), lib.summaries.row(int(t)));
        const TrackLabels labels = TrackLabels::fromGenres(db, lib);
        QVERIFY(labels.isFolderAlbum(labels.albums[0]));
        QVERIFY(!labels.isFolderAlbum(labels.albums[32]));

        const std::vector<int> related = RelatedAlbums::of(lib, labels);
        const auto albumOf = [&](int first, int count) {
            std::set<int> seen(related.begin() + first, related.begin() + first + count);
            return seen.size() == 1 ? *seen.begin() : -2;
        };
        QVERIFY(albumOf(0, 8) >= 0);
        QCOMPARE(albumOf(8, 8), -1);
        QCOMPARE(albumOf(16, 16), -1);
        QCOMPARE(albumOf(32, 8), labels.albums[32]);
        QCOMPARE(albumOf(40, 3), labels.albums[40]);
        qInfo("p: alike %.3f, mixed %.3f, copies %.3f",
              RelatedAlbums::folderPValue(lib, labels, {0, 1, 2, 3, 4, 5, 6, 7}),
              RelatedAlbums::folderPValue(lib, labels, {8, 9, 10, 11, 12, 13, 14, 15}),
              RelatedAlbums::folderPValue(lib, labels,
                                          {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}));
        QVERIFY(RelatedAlbums::folderPValue(lib, labels, {0, 1, 2, 3, 4, 5, 6, 7}) <=
                RelatedAlbums::kSignificance);
        QVERIFY(RelatedAlbums::folderPValue(lib, labels, {8, 9, 10, 11, 12, 13, 14, 15}) > 0.2);

        // Training reads the same verdict.
        const TrainingData data = SimilarityLearner::trainingData(lib, labels, Supervision::SelfSupervised,
                                                                  QStringLiteral("segments"));
        QCOMPARE(data.related[0], related[0]);
        QCOMPARE(data.related[2 * 8], -1);
    }

    // An untagged artist is no artist: the evaluation's artist filter does not take every untagged track for
    // one artist's (each would lose all the others as neighbours).
    void unknownArtistsAreNoGroup()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        const std::int64_t root = FolderStore(db).ensure("/music");
        std::vector<std::int64_t> ids;
        for (const QString& artist :
             {QString(), QStringLiteral("Unknown"), QStringLiteral("ABBA"), QStringLiteral("abba")}) {
            TrackInfo info;
            info.path = "/music/" + std::to_string(ids.size()) + ".mp3";
            info.artist = artist;
            ids.push_back(TrackStore(db).insert(info, root));
        }
        const TrackLabels labels = TrackLabels::fromGenres(db, library(ids));
        QCOMPARE(labels.groups[0], -1);
        QCOMPARE(labels.groups[1], -1);
        QVERIFY(labels.groups[2] >= 0);
        QCOMPARE(labels.groups[3], labels.groups[2]);
    }

    // Copies of one recording (found by fingerprint: another format, bitrate or tags) are one class, so the
    // network learns that they sound the same instead of learning to tell their codecs apart.
    void copiesOfOneRecordingAreOneClass()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        const std::int64_t root = FolderStore(db).ensure("/music");
        std::vector<std::int64_t> ids;
        for (const char* path :
             {"/music/a.mp3", "/music/b.mp3", "/music/flac/a.flac", "/music/opus/a.opus"}) {
            TrackInfo info;
            info.path = path;
            ids.push_back(TrackStore(db).insert(info, root));
            FingerprintStore(db).put(ids.back(), {{1u, 2u}, 0}, {});
        }
        FingerprintStore(db).join(ids[0], ids[2]);
        FingerprintStore(db).join(ids[3], ids[2]);
        const AnalysedLibrary lib = library(ids);
        const TrackLabels labels = TrackLabels::fromGenres(db, lib);
        QCOMPARE(labels.recordings, (std::vector<int>{0, 1, 0, 0}));

        const TrainingData data = SimilarityLearner::trainingData(lib, labels, Supervision::SelfSupervised,
                                                                  QStringLiteral("segments"));
        const std::vector<int> copies = {data.labels[0], data.labels[4], data.labels[6]};
        QCOMPARE(copies, (std::vector<int>(3, data.labels[0])));
        QVERIFY(data.labels[2] != data.labels[0]); // another recording stays a negative
        QCOMPARE(data.labels[2], data.labels[3]);
    }
};

QTEST_GUILESS_MAIN(TestTrainingData)
#include "tst_trainingdata.moc"
