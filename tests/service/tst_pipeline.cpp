#include "core/service/LibraryPipeline.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/ModelStore.h"
#include "tests/support/Mp3Fixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// The pipeline policy, in the core for both front ends: a scan is followed by the analysis (and embedding) of
// what it found, and the analysis by a training when a model is due; each step is a job of the one queue.
class TestPipeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Tracks of `seconds` each: self-supervised training needs two ~10-s segments of a track.
    QString writeMusic(const QString& name, int tracks, double seconds = 8.0)
    {
        const QString music = m_dir.filePath(name);
        for (int i = 0; i < tracks; ++i) {
            AudioSpec spec;
            spec.wave = AudioSpec::Wave::Music;
            spec.seconds = seconds;
            spec.frequency = 110.0 * (1 + i % 7);
            spec.seed = unsigned(i + 1);
            if (!writeMp3(music + QStringLiteral("/%1.mp3").arg(i), spec))
                return {};
        }
        return music;
    }

private slots:
    void aScanIsFollowedByTheAnalysisOfWhatItFound()
    {
        const QString music = writeMusic(QStringLiteral("music1"), 4);
        QVERIFY(!music.isEmpty());
        const QString db = m_dir.filePath(QStringLiteral("one.db"));
        JobQueue queue;
        LibraryPipeline pipeline(db, queue);
        LibraryPipeline::Policy policy;
        policy.trainWhenDue = false;
        policy.analysisThreads = 2;
        pipeline.setPolicy(policy);
        QSignalSpy scanned(&pipeline, &LibraryPipeline::scanFinished);
        QSignalSpy analysed(&pipeline, &LibraryPipeline::analysisFinished);
        QSignalSpy started(&queue, &JobQueue::started);
        pipeline.scan({toFilePath(music)});
        QVERIFY(analysed.wait(60000));
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).value<ScanReport>().added, 4);
        const auto outcome = analysed.at(0).at(0).value<AnalysisOutcome>();
        QCOMPARE(outcome.report.analysed, 4);
        QCOMPARE(outcome.embedded, 0); // no model yet: libtorch is not even loaded
        QVERIFY(outcome.embeddingError.isEmpty());
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.at(0).at(0).value<JobHandle>().kind, Job::Kind::Scan);
        QCOMPARE(started.at(1).at(0).value<JobHandle>().kind, Job::Kind::Analysis);
        QTRY_VERIFY(queue.isIdle());
        Database check(db);
        QCOMPARE(DescriptorStore(check).count(1), 4);
    }

    void withoutAnalysisThePipelineStopsAfterTheScan()
    {
        const QString music = writeMusic(QStringLiteral("music2"), 2);
        QVERIFY(!music.isEmpty());
        JobQueue queue;
        LibraryPipeline pipeline(m_dir.filePath(QStringLiteral("two.db")), queue);
        LibraryPipeline::Policy policy;
        policy.analyseAfterScan = false;
        pipeline.setPolicy(policy);
        QSignalSpy started(&queue, &JobQueue::started);
        QSignalSpy idle(&queue, &JobQueue::idle);
        pipeline.scan({toFilePath(music)});
        QVERIFY(idle.wait(30000));
        QCOMPARE(started.count(), 1);
    }

    // Enough analysed tracks and no model: the analysis is followed by a training, with the policy's options.
    void anAnalysisIsFollowedByATrainingWhenAModelIsDue()
    {
        const QString music = writeMusic(QStringLiteral("music3"), 32, 24.0);
        QVERIFY(!music.isEmpty());
        const QString db = m_dir.filePath(QStringLiteral("three.db"));
        JobQueue queue;
        LibraryPipeline pipeline(db, queue);
        LibraryPipeline::Policy policy;
        policy.learn.epochs = 2;
        policy.learn.dim = 8;
        pipeline.setPolicy(policy);
        QSignalSpy trained(&pipeline, &LibraryPipeline::trainingFinished);
        pipeline.scan({toFilePath(music)});
        QVERIFY(trained.wait(180000));
        const auto outcome = trained.at(0).at(0).value<TrainingOutcome>();
        QVERIFY2(trained.at(0).at(2).toString().isEmpty(), qPrintable(trained.at(0).at(2).toString()));
        QVERIFY(outcome.trained);
        QCOMPARE(outcome.tracks, 32);
        QCOMPARE(outcome.modelOptions.value(QStringLiteral("dim")).toInt(), 8);
        QCOMPARE(outcome.modelOptions.value(QStringLiteral("epochs")).toInt(), 2);
        QTRY_VERIFY(queue.isIdle());
        Database check(db);
        QCOMPARE(int(ModelStore(check).all().size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
