#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"
#include "core/storage/Statement.h"
#include "tests/support/DatabaseSoundness.h"
#include "tests/support/KillPointDraw.h"
#include "tests/support/LabelledLibrary.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/StagedFolder.h"
#include "tests/support/SyscallKiller.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace soundalike;
using namespace soundalike::test;

// SIGKILL at exact points of scan, analyze, train and similar (which writes the search index): at random
// calls that change a file, and at every place a file is put in place by a rename or link and right after
// it. Each kill starts from the same state; afterwards the database passes integrity_check, no track is lost
// or doubled, every registered model loads and is complete, and running the command again gives the full
// result. The seed is printed; SOUNDALIKE_KILL_SEED=N repeats a run's points, SOUNDALIKE_KILL_POINTS=N
// tries N random points per command instead of 8.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    static constexpr int kGenres = 3;
    static constexpr int kPerGenre = 20;
    static constexpr int kFillers = 300;
    static constexpr int kFiles = kGenres * kPerGenre + kFillers;

    QTemporaryDir m_dir;
    QString m_music;
    StagedFolder m_stages{m_dir.path()};
    KillPointDraw m_draw;
    std::unique_ptr<EmbeddingBackend> m_backend;
    QStringList m_report;

    QString workDb() const { return m_stages.database(); }
    QString seedTrack() const { return LabelledLibrary(m_music, kGenres, kPerGenre, kFillers).track(0, 0); }

    QStringList withDb(QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << workDb() << QStringLiteral("--json");
    }

    // Brings the work folder to a stage: the state every kill of one command starts from.
    void restore(const QString& name) { QVERIFY(m_stages.restore(name)); }
    void keep(const QString& name) { QVERIFY(m_stages.keep(name)); }

    QString context(const KillPoint& point) const
    {
        return QStringLiteral("seed %1, killed at %2").arg(m_draw.seed()).arg(point.describe());
    }

    // What must hold after any kill: the file is sound, nothing doubled, nothing dangling.
    void checkDatabase(const QString& why)
    {
        QString fault;
        QVERIFY2(databaseIsSound(workDb(), &fault), qPrintable(why + QStringLiteral(": ") + fault));
        Database db(workDb());
        auto counts = db.prepare("SELECT count(*), count(DISTINCT path) FROM tracks");
        counts.step();
        QVERIFY2(counts.integer(0) == counts.integer(1),
                 qPrintable(why + QStringLiteral(": a track is doubled")));
        QVERIFY2(counts.integer(0) <= kFiles, qPrintable(why));
    }

    // Every registered model loads and has an embedding for every analysed track: a half-saved model must
    // never become the one in use.
    void checkModels(const QString& why)
    {
        Database db(workDb());
        const int analysed = DescriptorStore(db).count(DescriptorLayout::kVersion);
        QStringList files;
        for (const ModelRecord& model : ModelStore(db).all()) {
            QString error;
            QVERIFY2(m_backend->load(model.file, &error), qPrintable(why + QStringLiteral(": ") + error));
            QVERIFY2(EmbeddingStore(db).count(model.id) == analysed,
                     qPrintable(why + QStringLiteral(": model %1 has %2 of %3 embeddings")
                                          .arg(model.id)
                                          .arg(EmbeddingStore(db).count(model.id))
                                          .arg(analysed)));
        }
    }

    // Leftovers a later run must have cleared: files in the models folder that no model owns.
    QStringList strayModelFiles()
    {
        Database db(workDb());
        QStringList owned;
        for (const ModelRecord& model : ModelStore(db).all())
            owned << QFileInfo(model.file).fileName();
        QStringList stray;
        for (const QString& name : QDir(m_stages.work() + QStringLiteral("/models")).entryList(QDir::Files)) {
            if (!owned.contains(name))
                stray << name;
        }
        return stray;
    }

    // A file is written through a temporary one (name.tmp-N) that a kill can leave; the next write of that
    // file removes it once it is a minute old. Age what a kill left, as if that minute had passed.
    void ageTemporaries()
    {
        QDirIterator it(m_stages.work(), {QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120),
                                     QFileDevice::FileModificationTime));
        }
    }

    struct Outcome
    {
        int points = 0;
        int landed = 0;
    };

    // Records `arguments` from `stageName`, then for each chosen point: restore, kill there, check, run again
    // to the end, check the full result.
    void killRepeatedly(const QString& stageName, const QStringList& arguments,
                        const std::function<void(const QString&)>& afterKill,
                        const std::function<void(const QString&, const ProcessResult&)>& afterRerun,
                        Outcome& outcome)
    {
        restore(stageName);
        const std::vector<KillPoint> recorded = SyscallKiller::record(arguments, m_stages.work());
        QVERIFY2(!recorded.empty(), "the recorded run failed or changed no file");
        const std::vector<KillPoint> points = m_draw.choose(recorded);
        for (const KillPoint& point : points) {
            restore(stageName);
            const QString why = context(point);
            const bool landed = SyscallKiller::killAt(arguments, point);
            ++outcome.points;
            outcome.landed += landed ? 1 : 0;
            checkDatabase(why);
            if (QTest::currentTestFailed())
                return;
            ageTemporaries();
            afterKill(why);
            if (QTest::currentTestFailed())
                return;
            const ProcessResult rerun = runCli(arguments);
            QVERIFY2(rerun.exitCode == 0,
                     qPrintable(why + QStringLiteral(": the next run failed: ") + rerun.err));
            checkDatabase(why + QStringLiteral(", then run again"));
            afterRerun(why, rerun);
            if (QTest::currentTestFailed())
                return;
        }
        m_report << QStringLiteral("%1: %2 recorded change points, %3 tried, %4 killed there")
                        .arg(arguments.first())
                        .arg(recorded.size())
                        .arg(outcome.points)
                        .arg(outcome.landed);
    }

    int count(const char* sql)
    {
        Database db(workDb());
        auto query = db.prepare(sql);
        query.step();
        return query.integer(0);
    }

private slots:
    void initTestCase()
    {
        if (!SyscallKiller::available())
            QSKIP(
                "strace cannot trace here (not installed, or ptrace is forbidden): the kill points need it");
        m_draw = KillPointDraw::fromEnvironment();
        QString error;
        m_backend = EmbeddingModule::load(&error);
        QVERIFY2(m_backend, qPrintable(error));

        m_music = m_dir.filePath(QStringLiteral("music"));
        // Many small files, so the scan commits several batches; all tagged, so training has labels.
        QVERIFY(LabelledLibrary(m_music, kGenres, kPerGenre, kFillers).write());

        // The stages each command starts from: nothing; scanned; analysed and trained once; and no index yet.
        QDir().mkpath(m_stages.work());
        keep(QStringLiteral("empty"));
        QCOMPARE(runCli(withDb({QStringLiteral("scan"), m_music})).exitCode, 0);
        keep(QStringLiteral("scanned"));
        QCOMPARE(runCli(withDb({QStringLiteral("analyze")})).exitCode, 0);
        QCOMPARE(runCli(withDb({QStringLiteral("train"), QStringLiteral("--epochs"), QStringLiteral("2")}))
                     .exitCode,
                 0);
        keep(QStringLiteral("trained"));
        // An index for the first model, which a search after a second training must replace.
        QCOMPARE(runCli(withDb({QStringLiteral("similar"), seedTrack()})).exitCode, 0);
        QCOMPARE(runCli(withDb({QStringLiteral("train"), QStringLiteral("--epochs"), QStringLiteral("2")}))
                     .exitCode,
                 0);
        keep(QStringLiteral("retrained"));
    }

    void cleanupTestCase()
    {
        for (const QString& line : m_report)
            qInfo("%s", qPrintable(line));
    }

    void killDuringScan()
    {
        Outcome outcome;
        killRepeatedly(
            QStringLiteral("empty"), withDb({QStringLiteral("scan"), m_music}), [](const QString&) {},
            [&](const QString& why, const ProcessResult&) {
                QVERIFY2(count("SELECT count(*) FROM tracks") == kFiles, qPrintable(why));
                QVERIFY2(count("SELECT count(*) FROM problems") == 0, qPrintable(why));
            },
            outcome);
        QVERIFY(outcome.landed >= outcome.points / 2);
    }

    void killDuringAnalysis()
    {
        int analysedBefore = 0;
        Outcome outcome;
        killRepeatedly(
            QStringLiteral("scanned"),
            withDb({QStringLiteral("analyze"), QStringLiteral("--threads"), QStringLiteral("2")}),
            [&](const QString& why) {
                QVERIFY2(count("SELECT count(*) FROM tracks") == kFiles, qPrintable(why));
                analysedBefore = count("SELECT count(*) FROM descriptors");
            },
            [&](const QString& why, const ProcessResult& rerun) {
                QVERIFY2(count("SELECT count(*) FROM descriptors") == kFiles, qPrintable(why));
                // What was committed before the kill is kept, not redone.
                QVERIFY2(rerun.json()[QStringLiteral("analysed")].toInt() == kFiles - analysedBefore,
                         qPrintable(why));
            },
            outcome);
        QVERIFY(outcome.landed >= outcome.points / 2);
    }

    void killDuringTrainingAndModelSave()
    {
        int modelsBefore = 0;
        Outcome outcome;
        killRepeatedly(
            QStringLiteral("trained"),
            withDb({QStringLiteral("train"), QStringLiteral("--epochs"), QStringLiteral("2")}),
            [&](const QString& why) {
                checkModels(why);
                modelsBefore = count("SELECT count(*) FROM models");
                QVERIFY2(modelsBefore >= 1, qPrintable(why));
                // The previous model stays in use until a new one is complete.
                const auto similar = runCli(withDb({QStringLiteral("similar"), seedTrack()}));
                QVERIFY2(similar.exitCode == 0, qPrintable(why + similar.err));
                QVERIFY2(similar.json()[QStringLiteral("index")]
                             .toObject()[QStringLiteral("source")]
                             .toString()
                             .startsWith(QLatin1String("embedding-model")),
                         qPrintable(why + QStringLiteral(": ") + similar.out.left(400)));
            },
            [&](const QString& why, const ProcessResult& rerun) {
                checkModels(why);
                QVERIFY2(count("SELECT count(*) FROM models") == modelsBefore + 1, qPrintable(why));
                QVERIFY2(rerun.json()[QStringLiteral("model")].toInt() == count("SELECT max(id) FROM models"),
                         qPrintable(why));
                QVERIFY2(strayModelFiles().isEmpty(), qPrintable(why + strayModelFiles().join(' ')));
            },
            outcome);
        QVERIFY(outcome.landed >= outcome.points / 2);
    }

    void killDuringIndexWrite_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::newRow("first index") << QStringLiteral("trained");
        QTest::newRow("replacing an index") << QStringLiteral("retrained");
    }

    void killDuringIndexWrite()
    {
        QFETCH(QString, stage);
        restore(stage);
        const QStringList similar =
            withDb({QStringLiteral("similar"), seedTrack(), QStringLiteral("--count"), QStringLiteral("15")});
        const ProcessResult reference = runCli(similar);
        QCOMPARE(reference.exitCode, 0);
        const QJsonArray entries = reference.json()[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 15);
        const QString indexName =
            QFileInfo(reference.json()[QStringLiteral("index")].toObject()[QStringLiteral("path")].toString())
                .fileName();
        const auto besideIndex = [&] {
            return QDir(m_stages.work())
                .entryList({indexName + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
        };
        Outcome outcome;
        killRepeatedly(
            stage, similar, [](const QString&) {},
            [&](const QString& why, const ProcessResult& rerun) {
                QVERIFY2(rerun.json()[QStringLiteral("entries")].toArray() == entries, qPrintable(why));
                // What the run saved is what the next one uses as it is.
                const ProcessResult again = runCli(similar);
                QVERIFY2(
                    again.json()[QStringLiteral("index")].toObject()[QStringLiteral("action")].toString() ==
                        QLatin1String("loaded"),
                    qPrintable(why + QStringLiteral(": ") + again.out.left(600)));
                QVERIFY2(again.json()[QStringLiteral("entries")].toArray() == entries, qPrintable(why));
                QVERIFY2(besideIndex() == QStringList{indexName}, qPrintable(why + besideIndex().join(' ')));
            },
            outcome);
        QVERIFY(outcome.points >= 3);
    }

    // A database that an interrupted training of an earlier version left with a model but no embeddings:
    // search passes the model over instead of failing.
    void aModelWithoutEmbeddingsIsPassedOver()
    {
        restore(QStringLiteral("trained"));
        {
            Database db(workDb());
            ModelRecord empty = ModelStore(db).all().back();
            ModelStore(db).add(empty);
        }
        const ProcessResult similar = runCli(withDb({QStringLiteral("similar"), seedTrack()}));
        QVERIFY2(similar.exitCode == 0, similar.err.constData());
        const QJsonObject index = similar.json()[QStringLiteral("index")].toObject();
        QVERIFY(index[QStringLiteral("source")].toString().startsWith(QLatin1String("descriptors")));
        QVERIFY(index[QStringLiteral("source_note")].toString().contains(QLatin1String("does not cover")));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
