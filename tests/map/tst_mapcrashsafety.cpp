#include "core/library/LibraryScanner.h"
#include "core/service/jobs/AnalysisJob.h"
#include "core/service/jobs/JobControl.h"
#include "core/service/jobs/TrainingJob.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/support/DatabaseSoundness.h"
#include "tests/support/KillPointDraw.h"
#include "tests/support/LabelledLibrary.h"
#include "tests/support/StagedFolder.h"
#include "tests/support/SyscallKiller.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// SIGKILL during a map layout: in the middle of the computation, and at every point where the layout is
// written (strace's fault injection, as tst_crashsafety does for the other commands). Afterwards the database
// passes integrity_check and holds either the map it had before, unchanged, or the new one complete, never a
// part of one; running the layout again completes it. The seed is printed; SOUNDALIKE_KILL_SEED=N repeats a
// run's points, SOUNDALIKE_KILL_POINTS=N tries N points per case instead of 8.
class TestMapCrashSafety : public QObject
{
    Q_OBJECT

    static constexpr int kGenres = 3;
    static constexpr int kPerGenre = 20;
    static constexpr int kTracks = kGenres * kPerGenre;

    QTemporaryDir m_dir;
    StagedFolder m_stages{m_dir.path()};
    KillPointDraw m_draw;

    QString workDb() const { return m_stages.database(); }
    static QString job() { return QStringLiteral(MAP_LAYOUT_JOB); }
    void restore(const QString& name) { QVERIFY(m_stages.restore(name)); }
    void keep(const QString& name) { QVERIFY(m_stages.keep(name)); }

    struct StoredMap
    {
        int layouts = 0;
        QString space;
        int laidOut = 0;
        int points = 0;
        QByteArray positions; // every (track, x, y), for comparing one map with another
    };

    StoredMap storedMap()
    {
        Database db(workDb());
        StoredMap map;
        auto layouts = db.prepare("SELECT count(*), max(space), max(laid_out_tracks) FROM map_layouts");
        layouts.step();
        map.layouts = layouts.integer(0);
        map.space = layouts.isNull(1) ? QString() : layouts.text(1);
        map.laidOut = layouts.integer(2);
        auto points = db.prepare("SELECT track_id, x, y FROM map_points ORDER BY track_id");
        while (points.step()) {
            ++map.points;
            map.positions += QByteArray::number(points.int64(0)) + ' ' + QByteArray::number(points.real(1)) +
                             ' ' + QByteArray::number(points.real(2)) + '\n';
        }
        return map;
    }

    // What must hold after any kill: a sound file with the map it had before, or the new one whole.
    void checkAfterKill(const StoredMap& before, const QString& newSpace, const QString& why)
    {
        QString fault;
        QVERIFY2(databaseIsSound(workDb(), &fault), qPrintable(why + QStringLiteral(": ") + fault));
        const StoredMap now = storedMap();
        QVERIFY2(now.layouts <= 1, qPrintable(why));
        const bool unchanged =
            now.layouts == before.layouts && now.space == before.space && now.positions == before.positions;
        const bool complete =
            now.layouts == 1 && now.space == newSpace && now.points == kTracks && now.laidOut == kTracks;
        QVERIFY2(unchanged || complete, qPrintable(why + QStringLiteral(": %1 layout(s), space %2, %3 points")
                                                             .arg(now.layouts)
                                                             .arg(now.space)
                                                             .arg(now.points)));
    }

    void runToTheEnd(const QString& newSpace, const QString& why)
    {
        QProcess process;
        process.start(job(), {workDb()});
        QVERIFY2(
            process.waitForFinished(120000) && process.exitCode() == 0,
            qPrintable(why + QStringLiteral(": the next run failed: ") + process.readAllStandardError()));
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(result[QStringLiteral("points")].toArray().size(), kTracks);
        const StoredMap now = storedMap();
        QVERIFY2(now.layouts == 1 && now.space == newSpace && now.points == kTracks, qPrintable(why));
    }

    void killAtWritePoints(const QString& stageName, const QString& newSpace)
    {
        restore(stageName);
        const StoredMap before = storedMap();
        const std::vector<KillPoint> recorded = SyscallKiller::record({workDb()}, m_stages.work(), job());
        QVERIFY2(!recorded.empty(), "the recorded layout failed or wrote nothing");
        int landed = 0;
        const std::vector<KillPoint> points = m_draw.choose(recorded);
        for (const KillPoint& point : points) {
            restore(stageName);
            const QString why =
                QStringLiteral("seed %1, killed at %2").arg(m_draw.seed()).arg(point.describe());
            landed += SyscallKiller::killAt({workDb()}, point, job()) ? 1 : 0;
            checkAfterKill(before, newSpace, why);
            if (QTest::currentTestFailed())
                return;
            runToTheEnd(newSpace, why);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%s: %zu recorded write points, %zu tried, %d killed there", qPrintable(stageName),
              recorded.size(), points.size(), landed);
        QVERIFY(landed >= int(points.size()) / 2);
    }

private slots:
    void initTestCase()
    {
        m_draw = KillPointDraw::fromEnvironment();

        const QString music = m_dir.filePath(QStringLiteral("music"));
        QVERIFY(LabelledLibrary(music, kGenres, kPerGenre, 0).write());
        QDir().mkpath(m_stages.work());
        LibraryScanner(workDb()).scan({music});
        AnalysisOptions options;
        options.threads = 2;
        AnalysisJob analysis(workDb(), options);
        JobControl control;
        analysis.run(control);
        // Stages each kill starts from: analysed with no map yet; and a map of the descriptors that a new
        // model makes the layout replace.
        keep(QStringLiteral("analysed"));
        runToTheEnd(QStringLiteral("descriptors-v1"), QStringLiteral("first map"));
        LearnOptions learn;
        learn.epochs = 2;
        learn.dim = 8;
        TrainingJob training(workDb(), learn);
        training.run(control);
        QVERIFY(training.outcome().trained);
        keep(QStringLiteral("trained"));
        // A map of the model's space missing three tracks, which the next run places beside the others.
        runToTheEnd(QStringLiteral("embedding-model1"), QStringLiteral("map of the model"));
        Database(workDb()).exec("DELETE FROM map_points WHERE track_id IN (SELECT id FROM tracks LIMIT 3)");
        QCOMPARE(storedMap().points, kTracks - 3);
        keep(QStringLiteral("placing"));
    }

    // Killed while computing: nothing is written before the layout is complete.
    void killDuringTheLayout()
    {
        restore(QStringLiteral("trained"));
        const StoredMap before = storedMap();
        QCOMPARE(before.space, QStringLiteral("descriptors-v1"));
        QProcess process;
        process.start(job(), {workDb(), QStringLiteral("--hold-at"), QStringLiteral("0.5")});
        while (!process.readAllStandardOutput().contains("holding"))
            QVERIFY2(process.waitForReadyRead(60000), "the layout never got halfway");
        process.kill();
        QVERIFY(process.waitForFinished());
        checkAfterKill(before, QString(), QStringLiteral("killed halfway"));
        QCOMPARE(storedMap().positions, before.positions);
        runToTheEnd(QStringLiteral("embedding-model1"), QStringLiteral("after a kill halfway"));
    }

    void killWhileWritingTheFirstMap()
    {
        if (!SyscallKiller::available())
            QSKIP(
                "strace cannot trace here (not installed, or ptrace is forbidden): the kill points need it");
        killAtWritePoints(QStringLiteral("analysed"), QStringLiteral("descriptors-v1"));
    }

    void killWhileReplacingAMap()
    {
        if (!SyscallKiller::available())
            QSKIP(
                "strace cannot trace here (not installed, or ptrace is forbidden): the kill points need it");
        killAtWritePoints(QStringLiteral("trained"), QStringLiteral("embedding-model1"));
    }

    void killWhilePlacingNewTracks()
    {
        if (!SyscallKiller::available())
            QSKIP(
                "strace cannot trace here (not installed, or ptrace is forbidden): the kill points need it");
        killAtWritePoints(QStringLiteral("placing"), QStringLiteral("embedding-model1"));
    }
};

QTEST_GUILESS_MAIN(TestMapCrashSafety)
#include "tst_mapcrashsafety.moc"
