#include "core/analysis/Analyzer.h"
#include "core/analysis/DescriptorLayout.h"
#include "core/library/LibraryScanner.h"
#include "core/search/AudioVectorSources.h"
#include "core/search/IndexFile.h"
#include "core/search/StoredIndex.h"
#include "core/service/ModelTraining.h"
#include "core/service/OnDemandAnalysis.h"
#include "core/service/PlaylistBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// The app's training service on a real library: real mp3s analysed, real libtorch training (few epochs), the
// model registered and used by the next playlist; training only when due; cancelling leaves nothing behind.
class TestModelTraining : public QObject
{
    Q_OBJECT

    static constexpr int kDescriptorVersion = 1;

    QTemporaryDir m_dir;
    QString m_music;
    int m_tracks = 0;

    // Three styles that differ in sound, tagged with their genre, so training learns from labels.
    void addTracks(const QString& folder, int count)
    {
        static const QStringList genres{"Drone", "Static", "Beat"};
        for (int n = 0; n < count; ++n, ++m_tracks) {
            const int genre = m_tracks % 3;
            AudioSpec spec;
            spec.seconds = 4;
            spec.seed = unsigned(m_tracks + 1);
            spec.wave = genre == 0 ? AudioSpec::Wave::Sine
                                   : (genre == 1 ? AudioSpec::Wave::Noise : AudioSpec::Wave::Clicks);
            spec.frequency = 110 + 7 * m_tracks;
            spec.bpm = 90 + m_tracks;
            Tags tags;
            tags.genres = {genres[genre]};
            tags.artist = QStringLiteral("%1 Artist %2").arg(genres[genre]).arg(m_tracks % 4);
            tags.title = QStringLiteral("%1 %2").arg(genres[genre]).arg(m_tracks);
            QVERIFY(writeMp3(QStringLiteral("%1/%2/%3.mp3").arg(folder, genres[genre]).arg(m_tracks), spec,
                             tags));
        }
    }

    // A library of `count` tracks, scanned, with the first `analysed` of them analysed.
    QString library(const QString& name, int count, int analysed)
    {
        const QString music = m_dir.filePath(name);
        addTracks(music, count);
        const QString db = m_dir.filePath(name + QStringLiteral(".db"));
        LibraryScanner(db).scan({music});
        analyse(db, firstTracks(db, analysed));
        return db;
    }

    static std::vector<std::int64_t> firstTracks(const QString& db, int count)
    {
        Database database(db);
        std::vector<std::int64_t> ids;
        for (const Track& track : TrackStore(database).find(TrackQuery{}))
            ids.push_back(track.id);
        std::sort(ids.begin(), ids.end());
        ids.resize(std::min<std::size_t>(ids.size(), std::size_t(count)));
        return ids;
    }

    static void analyse(const QString& db, std::vector<std::int64_t> tracks)
    {
        AnalysisOptions options;
        options.threads = 2;
        options.tracks = std::move(tracks);
        Analyzer(db, options).analyze();
    }

    static ModelOptions tiny()
    {
        ModelOptions options;
        options.epochs = 3;
        options.dim = 8;
        return options;
    }

    static ModelTrainingOutcome waitFor(ModelTraining& training, QSignalSpy& finished)
    {
        if (!finished.wait(120000))
            return {};
        [&] { QVERIFY(!training.isRunning()); }();
        return finished.takeFirst().at(0).value<ModelTrainingOutcome>();
    }

    // The source the last playlist's index was built from, e.g. "embedding-model3".
    static QString indexedSource(const QString& db)
    {
        return IndexFile::read(StoredIndex::pathFor(db, QStringLiteral("embedding"))).header.sourceKey;
    }

    static PlaylistResult playlistFrom(const QString& db)
    {
        PlaylistRequest request;
        request.seeds = firstTracks(db, 1);
        request.length = 10;
        return PlaylistBuilder::build(db, request);
    }

private slots:
    void trainsWhenDueAndTheNextPlaylistUsesTheNewModel()
    {
        const QString db = library(QStringLiteral("grows"), 36, 20);
        ModelTraining training(db);
        QSignalSpy started(&training, &ModelTraining::started);
        QSignalSpy progress(&training, &ModelTraining::progress);
        QSignalSpy finished(&training, &ModelTraining::finished);

        // 20 analysed tracks are too few to learn from.
        training.trainIfDue(tiny());
        QVERIFY(training.isRunning());
        QVERIFY(waitFor(training, finished).skipped);
        QCOMPARE(started.count(), 0);
        QVERIFY(playlistFrom(db).error.isEmpty());
        QVERIFY(!QFile::exists(StoredIndex::pathFor(db, QStringLiteral("embedding"))));

        analyse(db, firstTracks(db, 36));
        training.trainIfDue(tiny());
        const ModelTrainingOutcome first = waitFor(training, finished);
        QVERIFY2(first.trained, qPrintable(first.error));
        QCOMPARE(started.count(), 1);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).value<TrainingProgress>().epoch, 3);
        QCOMPARE(first.tracks, 36);
        QCOMPARE(first.signal, QStringLiteral("labels"));
        {
            Database check(db);
            QCOMPARE(EmbeddingStore(check).count(first.modelId), 36);
            QCOMPARE(ModelStore(check).current(kDescriptorVersion)->options.value("dim").toInt(), 8);
        }
        const PlaylistResult result = playlistFrom(db);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.notes.filter(QStringLiteral("using")).isEmpty(), qPrintable(result.notes.join('\n')));
        QCOMPARE(indexedSource(db), QStringLiteral("embedding-model%1").arg(first.modelId));
        // A learned space may pull one style's songs onto one point: that makes them neighbours, not
        // duplicates of each other, so the playlist still gets its full length.
        QCOMPARE(result.entries.size(), std::size_t(10));
        {
            Database check(db);
            QVERIFY(EmbeddingVectorSource(check, DescriptorLayout::kVersion).load().duplicateSimilarity() >
                    1.0f);
        }

        // Nothing new: no training.
        training.trainIfDue(tiny());
        QVERIFY(waitFor(training, finished).skipped);

        // A fifth more analysed tracks: a new model, and the next playlist's index follows it.
        addTracks(m_dir.filePath(QStringLiteral("grows")), 8);
        LibraryScanner(db).scan({m_dir.filePath(QStringLiteral("grows"))});
        analyse(db, firstTracks(db, 44));
        training.trainIfDue(tiny());
        const ModelTrainingOutcome second = waitFor(training, finished);
        QVERIFY2(second.trained, qPrintable(second.error));
        QVERIFY(second.modelId > first.modelId);
        QCOMPARE(second.tracks, 44);
        QVERIFY(playlistFrom(db).error.isEmpty());
        QCOMPARE(indexedSource(db), QStringLiteral("embedding-model%1").arg(second.modelId));
    }

    void trainNowIgnoresThePolicyAndTooFewTracksIsAnError()
    {
        const QString db = library(QStringLiteral("small"), 3, 3);
        ModelTraining training(db);
        QSignalSpy finished(&training, &ModelTraining::finished);
        QSignalSpy running(&training, &ModelTraining::runningChanged);
        training.train(tiny());
        const ModelTrainingOutcome outcome = waitFor(training, finished);
        QVERIFY(!outcome.trained && !outcome.skipped);
        QVERIFY2(outcome.error.contains(QLatin1String("too few tracks")), qPrintable(outcome.error));
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
        Database check(db);
        QVERIFY(ModelStore(check).all().empty());
    }

    void destroyingItWhileTrainingLeavesAConsistentDatabase()
    {
        const QString db = library(QStringLiteral("quit"), 33, 33);
        std::int64_t before = 0;
        {
            ModelTraining training(db);
            QSignalSpy finished(&training, &ModelTraining::finished);
            training.train(tiny());
            const ModelTrainingOutcome outcome = waitFor(training, finished);
            QVERIFY2(outcome.trained, qPrintable(outcome.error));
            before = outcome.modelId;
        }
        {
            ModelTraining training(db);
            QSignalSpy progress(&training, &ModelTraining::progress);
            ModelOptions options = tiny();
            options.epochs = ModelOptions::kMaxEpochs;
            training.train(options);
            QVERIFY(progress.wait(60000)); // training proper is under way when the app quits
        }
        Database check(db);
        QVERIFY(check.integrityOk());
        const std::vector<ModelRecord> models = ModelStore(check).all();
        QCOMPARE(models.size(), std::size_t(1));
        QCOMPARE(models.front().id, before);
        QCOMPARE(EmbeddingStore(check).count(before), 33);
        const QStringList files =
            QDir(QFileInfo(db).absolutePath() + QStringLiteral("/models"))
                .entryList({QFileInfo(db).fileName() + QStringLiteral(".model-*")}, QDir::Files);
        QCOMPARE(files, QStringList{QFileInfo(models.front().file).fileName()});
    }

    void analysesRequestedTracksAtOnceAndEmbedsThemWithTheCurrentModel()
    {
        const QString db = library(QStringLiteral("ondemand"), 34, 31);
        {
            ModelTraining training(db);
            QSignalSpy finished(&training, &ModelTraining::finished);
            training.train(tiny());
            QVERIFY(waitFor(training, finished).trained);
        }
        Database check(db);
        const std::int64_t model = ModelStore(check).current(kDescriptorVersion)->id;
        const std::vector<std::int64_t> all = firstTracks(db, 34);
        const std::vector<std::int64_t> wanted{all[32], all[33]};

        OnDemandAnalysis analysis(db);
        QSignalSpy started(&analysis, &OnDemandAnalysis::started);
        QSignalSpy finished(&analysis, &OnDemandAnalysis::finished);
        std::optional<AudioAnalysisOutcome> delivered;
        analysis.analyse(wanted, this, [&](const AudioAnalysisOutcome& outcome) { delivered = outcome; });
        QVERIFY(finished.wait(60000));
        QVERIFY(delivered);
        QCOMPARE(delivered->analysed, 2);
        QVERIFY2(delivered->error.isEmpty(), qPrintable(delivered->error));
        QCOMPARE(started.at(0).at(0).toInt(), 2);
        DescriptorStore descriptors(check);
        QVERIFY(descriptors.get(all[32], kDescriptorVersion));
        QVERIFY(descriptors.get(all[33], kDescriptorVersion));
        QVERIFY(!descriptors.get(all[31], kDescriptorVersion)); // the rest waits for the background analysis
        const std::vector<std::int64_t> unembedded = EmbeddingStore(check).missing(model, kDescriptorVersion);
        QVERIFY(unembedded.empty());

        // No tracks: answered at once, nothing analysed (an empty list must not mean the whole library).
        bool answered = false;
        analysis.analyse({}, this,
                         [&](const AudioAnalysisOutcome& outcome) { answered = outcome.analysed == 0; });
        QVERIFY(answered);
        QVERIFY(!descriptors.get(all[31], kDescriptorVersion));
    }
};

QTEST_GUILESS_MAIN(TestModelTraining)
#include "tst_modeltraining.moc"
