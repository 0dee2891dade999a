// What self-supervised training learns from: one track's segments are positives, and the other tracks of its
// album (the album tag, else the folder when it holds no more tracks than an album does) are not negatives.
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/embedding/TrackLabels.h"
#include "core/storage/Database.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"

#include <QTemporaryDir>
#include <QTest>

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
        for (int i = 0; i <= TrackLabels::kMaxFolderAlbumTracks; ++i)
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
