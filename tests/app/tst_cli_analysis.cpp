#include "core/analysis/DescriptorLayout.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "tests/support/LibraryWorkspace.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace soundalike;
using namespace soundalike::test;

namespace {

QJsonArray dimensions(const QJsonObject& described)
{
    return described[QStringLiteral("dimensions")].toArray();
}

double dimension(const QJsonObject& described, const QString& name)
{
    for (const auto& d : dimensions(described)) {
        if (d.toObject()[QStringLiteral("name")].toString() == name)
            return d.toObject()[QStringLiteral("value")].toDouble();
    }
    qFatal("no dimension %s", qPrintable(name));
}

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;

private slots:
    void initTestCase()
    {
        QVERIFY(
            writeMp3(m_workspace.music() + QStringLiteral("/tone.mp3"), {AudioSpec::Wave::Sine, 6.0, 440.0}));
        QVERIFY(writeMp3(m_workspace.music() + QStringLiteral("/beat.mp3"),
                         {AudioSpec::Wave::Clicks, 12.0, 440.0, 0.5, 120.0}));
        QVERIFY(writeMp3(m_workspace.filePath(QStringLiteral("outside/tone.mp3")),
                         {AudioSpec::Wave::Sine, 6.0, 440.0}));
    }

    void helpNamesTheOptions()
    {
        const auto analyze = runCli({QStringLiteral("analyze"), QStringLiteral("--help")});
        QCOMPARE(analyze.exitCode, 0);
        QVERIFY(analyze.out.contains("--threads"));
        const auto scan = runCli({QStringLiteral("scan"), QStringLiteral("--help")});
        QVERIFY(scan.out.contains("--analyze"));
        QCOMPARE(
            runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("--threads"), QStringLiteral("0")} +
                   m_workspace.dbArguments())
                .exitCode,
            2);
        QCOMPARE(runCli(QStringList{QStringLiteral("describe")} + m_workspace.dbArguments()).exitCode, 2);
    }

    void scanThenAnalyze()
    {
        auto result = runCli(QStringList{QStringLiteral("scan"), m_workspace.music(),
                                         QStringLiteral("--analyze"), QStringLiteral("--json")} +
                             m_workspace.dbArguments());
        QCOMPARE(result.exitCode, 0);
        QJsonObject report = result.json();
        QCOMPARE(report[QStringLiteral("added")].toInt(), 2);
        const QJsonObject analysis = report[QStringLiteral("analysis")].toObject();
        QCOMPARE(analysis[QStringLiteral("analysed")].toInt(), 2);
        QCOMPARE(analysis[QStringLiteral("failed")].toInt(), 0);
        QVERIFY(std::abs(analysis[QStringLiteral("audio_seconds")].toDouble() - 18.0) < 0.5);
        QVERIFY(analysis[QStringLiteral("wall_seconds")].toDouble() > 0.0);

        result = runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("--json")} +
                        m_workspace.dbArguments());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json()[QStringLiteral("total")].toInt(), 0);
        const auto human = runCli(QStringList{QStringLiteral("analyze")} + m_workspace.dbArguments());
        QVERIFY(human.out.startsWith("Nothing to analyse"));
        const auto stats =
            runCli(QStringList{QStringLiteral("stats"), QStringLiteral("--json")} + m_workspace.dbArguments())
                .json();
        QCOMPARE(stats[QStringLiteral("analysed")].toInt(), 2);
    }

    // The map of the analysed library: one point per track with its path, a PNG of the requested size, a CSV,
    // and nothing on stderr to spoil a script that merges the two streams.
    void mapPrintsPointsAndDrawsThem()
    {
        const auto json =
            runCli(QStringList{QStringLiteral("map"), QStringLiteral("--json")} + m_workspace.dbArguments());
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.isEmpty(), json.err.constData());
        const QJsonArray points = json.json()[QStringLiteral("points")].toArray();
        QCOMPARE(points.size(), 2);
        QStringList paths;
        for (const auto& value : points) {
            const QJsonObject point = value.toObject();
            QVERIFY(point[QStringLiteral("id")].isDouble());
            QVERIFY(point[QStringLiteral("x")].isDouble());
            QVERIFY(point[QStringLiteral("y")].isDouble());
            paths << point[QStringLiteral("path")].toString();
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{m_workspace.music() + QStringLiteral("/beat.mp3"),
                                     m_workspace.music() + QStringLiteral("/tone.mp3")}));
        QVERIFY(points[0].toObject()[QStringLiteral("x")] != points[1].toObject()[QStringLiteral("x")] ||
                points[0].toObject()[QStringLiteral("y")] != points[1].toObject()[QStringLiteral("y")]);

        const QString png = m_workspace.filePath(QStringLiteral("map.png"));
        const QString csv = m_workspace.filePath(QStringLiteral("map.csv"));
        const auto drawn =
            runCli(QStringList{QStringLiteral("map"), QStringLiteral("--png"), png, QStringLiteral("--size"),
                               QStringLiteral("400x300"), QStringLiteral("--csv"), csv} +
                   m_workspace.dbArguments());
        QCOMPARE(drawn.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(400, 300));
        QFile rows(csv);
        QVERIFY(rows.open(QIODevice::ReadOnly));
        QCOMPARE(rows.readAll().count('\n'), 3); // a header and two tracks
        // 60000x30000 took 7 GB and 90 s for two points.
        const auto huge = runCli(QStringList{QStringLiteral("map"), QStringLiteral("--png"), png,
                                             QStringLiteral("--size"), QStringLiteral("60000x300")} +
                                 m_workspace.dbArguments());
        QCOMPARE(huge.exitCode, 2);
        QVERIFY2(huge.err.contains("16384"), huge.err.constData());
        // PNG data under another image's name would mislead whatever opens it.
        const QString jpeg = m_workspace.filePath(QStringLiteral("map.jpg"));
        const auto misnamed = runCli(QStringList{QStringLiteral("map"), QStringLiteral("--png"), jpeg} +
                                     m_workspace.dbArguments());
        QCOMPARE(misnamed.exitCode, 2);
        QVERIFY2(misnamed.err.contains("name the file .png"), misnamed.err.constData());
        QVERIFY(!QFile::exists(jpeg));
    }

    void describeNamesEveryDimension()
    {
        const auto inLibrary =
            runCli(QStringList{QStringLiteral("describe"), m_workspace.music() + QStringLiteral("/tone.mp3"),
                               QStringLiteral("--json")} +
                   m_workspace.dbArguments());
        QCOMPARE(inLibrary.exitCode, 0);
        const QJsonObject stored = inLibrary.json();
        QCOMPARE(stored[QStringLiteral("source")].toString(), QStringLiteral("library"));
        QCOMPARE(stored[QStringLiteral("version")].toInt(), DescriptorLayout::kVersion);
        QCOMPARE(dimensions(stored).size(), DescriptorLayout::dimensions());
        QCOMPARE(dimensions(stored)[0].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("mfcc_mean_00"));
        QVERIFY(std::abs(dimension(stored, QStringLiteral("centroid_hz_mean")) - 440.0) < 15.0);

        // The same audio outside the library is computed on the spot, to the same values.
        const auto outside =
            runCli({QStringLiteral("describe"), m_workspace.filePath(QStringLiteral("outside/tone.mp3")),
                    QStringLiteral("--json"), QStringLiteral("--db"),
                    m_workspace.filePath(QStringLiteral("absent.db"))});
        QCOMPARE(outside.exitCode, 0);
        const QJsonObject computed = outside.json();
        QCOMPARE(computed[QStringLiteral("source")].toString(), QStringLiteral("file"));
        QVERIFY(
            !QFile::exists(m_workspace.filePath(QStringLiteral("absent.db")))); // describe created nothing
        for (int i = 0; i < DescriptorLayout::dimensions(); ++i)
            QCOMPARE(dimensions(computed)[i].toObject()[QStringLiteral("value")].toDouble(),
                     dimensions(stored)[i].toObject()[QStringLiteral("value")].toDouble());

        const auto human =
            runCli(QStringList{QStringLiteral("describe"), m_workspace.music() + QStringLiteral("/beat.mp3"),
                               QStringLiteral("--segments")} +
                   m_workspace.dbArguments());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("tempo_bpm"));
        QVERIFY(human.out.contains("loudness_lufs"));
        QVERIFY(human.out.contains("\nrhythm\n"));
    }

    void describeExplainsABadFile()
    {
        const QString bad = m_workspace.filePath(QStringLiteral("bad.mp3"));
        QVERIFY(writeFile(bad, QByteArray(5000, 'x')));
        const auto result = runCli(QStringList{QStringLiteral("describe"), bad} + m_workspace.dbArguments());
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.contains("cannot describe"));
    }

    // Ctrl+C stops the analysis cleanly: what was done is kept, and the next run does the rest.
    void interruptedAnalysisResumes()
    {
        const QString many = m_workspace.filePath(QStringLiteral("many"));
        const QByteArray mp3 =
            encodeMp3(generate({AudioSpec::Wave::Music, 60.0, 440.0, 0.5, 100.0, 22050, 1}), 22050, 1, 32);
        const int files = 200;
        for (int i = 0; i < files; ++i)
            QVERIFY(writeFile(many + QStringLiteral("/%1.mp3").arg(i, 3, 10, QLatin1Char('0')), mp3));
        const QString manyDb = m_workspace.filePath(QStringLiteral("many.db"));
        const QStringList dbArgs{QStringLiteral("--db"), manyDb};
        QCOMPARE(runCli(QStringList{QStringLiteral("scan"), many} + dbArgs).exitCode, 0);

        QProcess process;
        process.start(cliProgram(), QStringList{QStringLiteral("analyze"), QStringLiteral("--json"),
                                                QStringLiteral("--threads"), QStringLiteral("1")} +
                                        dbArgs);
        QVERIFY(process.waitForStarted());
        // Interrupt once the first batch is committed, so there is something to keep and more to do.
        const auto committed = [&] {
            Database check(manyDb);
            return DescriptorStore(check).count(DescriptorLayout::kVersion);
        };
        QTRY_VERIFY_WITH_TIMEOUT(committed() > 0, 60000);
        QVERIFY(process.state() == QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
        const QJsonObject first = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QVERIFY(first[QStringLiteral("cancelled")].toBool());
        const int done = first[QStringLiteral("analysed")].toInt();
        QVERIFY2(done > 0 && done < files, qPrintable(QString::number(done)));
        {
            Database check(manyDb);
            QVERIFY(check.integrityOk());
            QCOMPARE(DescriptorStore(check).count(DescriptorLayout::kVersion), done);
        }

        const auto rest = runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("--json")} + dbArgs);
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(rest.json()[QStringLiteral("total")].toInt(), files - done);
        QCOMPARE(rest.json()[QStringLiteral("analysed")].toInt(), files - done);
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
