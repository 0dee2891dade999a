#include "core/analysis/DescriptorLayout.h"
#include "core/library/LibraryScanner.h"
#include "core/search/AudioVectorSources.h"
#include "core/search/IndexFile.h"
#include "core/search/StoredIndex.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/ModelOptions.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/jobs/JobControl.h"
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

namespace {

// A training job as the queue ran it.
struct Trained
{
    TrainingOutcome outcome;
    QString error;
    bool cancelled = false;
};

// Runs training jobs through the application core's queue, as the app does.
class Training : public QObject
{
public:
    explicit Training(QString db) : m_db(std::move(db))
    {
        connect(&m_queue, &JobQueue::progress, this, [this](JobHandle, const JobProgress& p) {
            if (p.done > 0)
                epochs << p.done;
        });
    }

    // Trains when TrainingPolicy says a model is due (`onlyIfDue`), or now.
    void start(const ModelOptions& options, bool onlyIfDue)
    {
        m_queue.enqueue<TrainingJob>(std::make_shared<TrainingJob>(m_db, options.learn, onlyIfDue),
                                     onlyIfDue ? Job::Priority::Background : Job::Priority::User, this,
                                     [this](TrainingJob& job) {
                                         m_last = {job.outcome(), job.error(), job.cancelled()};
                                     });
    }

    Trained waitFor()
    {
        m_last.reset();
        if (!QTest::qWaitFor([this] { return m_last.has_value(); }, 120000))
            return {};
        [this] { QVERIFY(m_queue.isIdle()); }();
        return m_last.value_or(Trained{});
    }

    JobQueue& queue() { return m_queue; }
    QList<int> epochs;

private:
    QString m_db;
    JobQueue m_queue;
    std::optional<Trained> m_last;
};

} // namespace

// The app's training on a real library: real mp3s analysed, real libtorch training (few epochs), the model
// registered and used by the next playlist; training only when due; cancelling leaves nothing behind.
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
        AnalysisJob job(db, options);
        JobControl control;
        job.run(control);
    }

    static ModelOptions tiny()
    {
        ModelOptions options;
        options.learn.epochs = 3;
        options.learn.dim = 8;
        return options;
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
        request.count = 10;
        return PlaylistBuilder::build(db, request);
    }

private slots:
    void trainsWhenDueAndTheNextPlaylistUsesTheNewModel()
    {
        const QString db = library(QStringLiteral("grows"), 36, 20);
        Training training(db);

        // 20 analysed tracks are too few to learn from.
        training.start(tiny(), true);
        QVERIFY(training.waitFor().outcome.skipped);
        QVERIFY(training.epochs.isEmpty());
        QVERIFY(playlistFrom(db).error.isEmpty());
        QVERIFY(!QFile::exists(StoredIndex::pathFor(db, QStringLiteral("embedding"))));

        analyse(db, firstTracks(db, 36));
        training.start(tiny(), true);
        const Trained first = training.waitFor();
        QVERIFY2(first.outcome.trained, qPrintable(first.error));
        QCOMPARE(training.epochs, (QList<int>{1, 2, 3}));
        QCOMPARE(first.outcome.tracks, 36);
        // Clips of one segment give self-supervision no pairs: the tags are learnt alone.
        QCOMPARE(first.outcome.signal, QStringLiteral("labels"));
        {
            Database check(db);
            QCOMPARE(EmbeddingStore(check).count(first.outcome.modelId), 36);
            QCOMPARE(ModelStore(check).current(kDescriptorVersion)->options.value("dim").toInt(), 8);
        }
        const PlaylistResult result = playlistFrom(db);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.notes.filter(QStringLiteral("using")).isEmpty(), qPrintable(result.notes.join('\n')));
        QCOMPARE(indexedSource(db), QStringLiteral("embedding-model%1").arg(first.outcome.modelId));
        // A learned space may pull one style's songs onto one point: that makes them neighbours, not
        // duplicates of each other, so the playlist still gets its full length.
        QCOMPARE(result.entries.size(), std::size_t(10));
        {
            Database check(db);
            QVERIFY(EmbeddingVectorSource(check, DescriptorLayout::kVersion).load().duplicateSimilarity() >
                    1.0f);
        }

        // Nothing new: no training.
        training.start(tiny(), true);
        QVERIFY(training.waitFor().outcome.skipped);

        // A fifth more analysed tracks: a new model, and the next playlist's index follows it.
        addTracks(m_dir.filePath(QStringLiteral("grows")), 8);
        LibraryScanner(db).scan({m_dir.filePath(QStringLiteral("grows"))});
        analyse(db, firstTracks(db, 44));
        training.start(tiny(), true);
        const Trained second = training.waitFor();
        QVERIFY2(second.outcome.trained, qPrintable(second.error));
        QVERIFY(second.outcome.modelId > first.outcome.modelId);
        QCOMPARE(second.outcome.tracks, 44);
        QVERIFY(playlistFrom(db).error.isEmpty());
        QCOMPARE(indexedSource(db), QStringLiteral("embedding-model%1").arg(second.outcome.modelId));
    }

    void trainNowIgnoresThePolicyAndTooFewTracksIsAnError()
    {
        const QString db = library(QStringLiteral("small"), 3, 3);
        Training training(db);
        training.start(tiny(), false);
        const Trained trained = training.waitFor();
        QVERIFY(!trained.outcome.trained && !trained.outcome.skipped);
        QVERIFY2(trained.error.contains(QLatin1String("too few tracks")), qPrintable(trained.error));
        Database check(db);
        QVERIFY(ModelStore(check).all().empty());
    }

    // Clips too short to pair two pieces of one, and no genre tags: nothing can teach a model. Due by the
    // policy, no training happens and nothing is said; asked for, the reason is the answer.
    void shortUntaggedClipsHaveNothingToLearnFrom()
    {
        const QString music = m_dir.filePath(QStringLiteral("clips"));
        for (int n = 0; n < 32; ++n) {
            AudioSpec spec;
            spec.seconds = 4;
            spec.frequency = 110 + 13 * n;
            QVERIFY(writeMp3(QStringLiteral("%1/%2.mp3").arg(music).arg(n), spec));
        }
        const QString db = m_dir.filePath(QStringLiteral("clips.db"));
        LibraryScanner(db).scan({music});
        analyse(db, firstTracks(db, 32));
        Training training(db);
        training.start(tiny(), true);
        const Trained automatic = training.waitFor();
        QVERIFY2(automatic.outcome.skipped && automatic.error.isEmpty(), qPrintable(automatic.error));
        training.start(tiny(), false);
        const Trained asked = training.waitFor();
        QVERIFY(!asked.outcome.trained);
        QVERIFY2(
            asked.error.startsWith(QLatin1String("nothing to learn from: learning from the sound pairs two "
                                                 "10-second pieces of one song")),
            qPrintable(asked.error));
        Database check(db);
        QVERIFY(ModelStore(check).all().empty());
    }

    void destroyingItWhileTrainingLeavesAConsistentDatabase()
    {
        const QString db = library(QStringLiteral("quit"), 33, 33);
        std::int64_t before = 0;
        {
            Training training(db);
            training.start(tiny(), false);
            const Trained trained = training.waitFor();
            QVERIFY2(trained.outcome.trained, qPrintable(trained.error));
            before = trained.outcome.modelId;
        }
        {
            Training training(db);
            QSignalSpy progress(&training.queue(), &JobQueue::progress);
            ModelOptions options = tiny();
            options.learn.epochs = LearnOptions::kMaxEpochs;
            training.start(options, false);
            QVERIFY(progress.wait(60000));
            QTRY_VERIFY_WITH_TIMEOUT(!training.epochs.isEmpty(), 60000); // under way when the app quits
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

    // Files dropped as seeds: imported, then analysed and embedded at once with the current model, before the
    // rest of the library.
    void analysesDroppedTracksAtOnceAndEmbedsThemWithTheCurrentModel()
    {
        const QString db = library(QStringLiteral("ondemand"), 34, 31);
        {
            Training training(db);
            training.start(tiny(), false);
            QVERIFY(training.waitFor().outcome.trained);
        }
        Database check(db);
        const std::int64_t model = ModelStore(check).current(kDescriptorVersion)->id;
        const std::vector<std::int64_t> all = firstTracks(db, 34);
        TrackStore tracks(check);
        const std::vector<FilePath> wanted{tracks.track(all[32])->path, tracks.track(all[33])->path};

        JobQueue queue;
        LibraryPipeline pipeline(db, queue);
        std::optional<ImportedTracks> delivered;
        pipeline.importFiles(wanted, true, this,
                             [&](const ImportedTracks& imported) { delivered = imported; });
        QTRY_VERIFY_WITH_TIMEOUT(delivered.has_value(), 60000);
        QCOMPARE(delivered->tracks.size(), std::size_t(2));
        QCOMPARE(delivered->analysis.report.analysed, 2);
        QVERIFY2(delivered->error.isEmpty(), qPrintable(delivered->error));
        QVERIFY2(delivered->analysis.embeddingError.isEmpty(),
                 qPrintable(delivered->analysis.embeddingError));
        DescriptorStore descriptors(check);
        QVERIFY(descriptors.get(all[32], kDescriptorVersion));
        QVERIFY(descriptors.get(all[33], kDescriptorVersion));
        QVERIFY(!descriptors.get(all[31], kDescriptorVersion)); // the rest waits for the background analysis
        const std::vector<std::int64_t> unembedded = EmbeddingStore(check).missing(model, kDescriptorVersion);
        QVERIFY(unembedded.empty());

        // Nothing dropped: answered, nothing analysed (no tracks must not mean the whole library).
        delivered.reset();
        pipeline.importFiles({}, true, this, [&](const ImportedTracks& imported) { delivered = imported; });
        QTRY_VERIFY(delivered.has_value());
        QCOMPARE(delivered->analysis.report.analysed, 0);
        QTRY_VERIFY(queue.isIdle());
        QVERIFY(!descriptors.get(all[31], kDescriptorVersion));
    }
};

QTEST_GUILESS_MAIN(TestModelTraining)
#include "tst_modeltraining.moc"
