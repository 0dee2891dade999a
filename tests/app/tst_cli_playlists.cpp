#include "tests/support/LibraryWorkspace.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// `soundalike-cli playlists` and `import --save` through the real binary, over a scanned library of real mp3
// files: what the app's sidebar holds, listed and filled from the command line.
class TestCliPlaylists : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;
    QString m_m3u;

    ProcessResult run(const QStringList& arguments) const
    {
        return runCli(arguments + m_workspace.dbArguments());
    }
    QJsonObject json(const QStringList& arguments) const
    {
        const ProcessResult result = run(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return result.json();
    }

private slots:
    void initTestCase()
    {
        AudioSpec spec;
        spec.seconds = 2;
        for (const char* title : {"Alpha", "Beta", "Gamma"}) {
            spec.frequency += 100;
            QVERIFY(writeMp3(m_workspace.music() + QLatin1Char('/') + QLatin1String(title) +
                                 QStringLiteral(".mp3"),
                             spec, songTags(QLatin1String(title), QStringLiteral("Band"))));
        }
        QCOMPARE(run({QStringLiteral("scan"), m_workspace.music()}).exitCode, 0);
        m_m3u = m_workspace.filePath(QStringLiteral("road trip.m3u8"));
        QVERIFY(writeFile(m_m3u, "#EXTM3U\nmusic/Gamma.mp3\nmusic/gone.mp3\nmusic/Alpha.mp3\n"));
    }

    void helpNamesTheNewCommandAndOptions()
    {
        const ProcessResult overview = runCli({QStringLiteral("--help")});
        QVERIFY(overview.out.contains("playlists"));
        const ProcessResult import = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY(import.out.contains("--save <NAME>"));
        QVERIFY(import.out.contains("--replace"));
        const ProcessResult playlists = runCli({QStringLiteral("playlists"), QStringLiteral("--help")});
        QCOMPARE(playlists.exitCode, 0);
        QVERIFY(playlists.out.contains("--json"));
        QVERIFY(playlists.out.contains("--export <FILE>"));
        QVERIFY(playlists.out.contains("--delete"));
    }

    void anEmptyLibraryHasNoPlaylists()
    {
        const QJsonObject list = json({QStringLiteral("playlists")});
        QCOMPARE(list[QStringLiteral("count")].toInt(), 0);
        QVERIFY(list[QStringLiteral("playlists")].toArray().isEmpty());
        QVERIFY(run({QStringLiteral("playlists")}).out.contains("0 playlists"));
    }

    // --save adds to what import prints, and changes none of it.
    void importSavesUnderANameAndPrintsWhatItPrintedBefore()
    {
        const QJsonObject plain = json({QStringLiteral("import"), m_m3u});
        const QJsonObject saved =
            json({QStringLiteral("import"), m_m3u, QStringLiteral("--save"), QStringLiteral("Road trip")});
        QJsonObject withoutSaved = saved;
        withoutSaved.remove(QStringLiteral("saved"));
        QCOMPARE(withoutSaved, plain);
        QCOMPARE(plain.keys(), (QStringList{"count", "in_library", "missing", "playlist", "tracks"}));
        const QJsonObject note = saved[QStringLiteral("saved")].toObject();
        QCOMPARE(note[QStringLiteral("name")].toString(), QStringLiteral("Road trip"));
        QCOMPARE(note[QStringLiteral("tracks")].toInt(), 2);

        const QJsonObject list = json({QStringLiteral("playlists")});
        QCOMPARE(list[QStringLiteral("count")].toInt(), 1);
        const QJsonObject road = list[QStringLiteral("playlists")].toArray()[0].toObject();
        QCOMPARE(road[QStringLiteral("name")].toString(), QStringLiteral("Road trip"));
        QCOMPARE(road[QStringLiteral("tracks")].toInt(), 2);
        QCOMPARE(road[QStringLiteral("id")].toInteger(), note[QStringLiteral("id")].toInteger());
        QCOMPARE(road[QStringLiteral("generated")].toBool(), false);
        QCOMPARE(road[QStringLiteral("unavailable")].toInt(), 0);
        QVERIFY(road[QStringLiteral("duration_ms")].toInt() > 3000);

        const QJsonObject songs = json({QStringLiteral("playlists"), QStringLiteral("Road trip")});
        const QJsonArray entries = songs[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject()[QStringLiteral("title")].toString(), QStringLiteral("Gamma"));
        QCOMPARE(entries[1].toObject()[QStringLiteral("title")].toString(), QStringLiteral("Alpha"));
        QVERIFY(entries[1].toObject()[QStringLiteral("available")].toBool());

        const ProcessResult human = run({QStringLiteral("playlists")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("Road trip  2 tracks"), human.out.constData());
        QVERIFY(human.out.contains("1 playlist\n"));
        const ProcessResult text =
            run({QStringLiteral("import"), m_m3u, QStringLiteral("--save"), QStringLiteral("Second")});
        QVERIFY(text.out.contains("2 tracks, 2 in the library, 1 missing\n"));
        QVERIFY(text.out.endsWith("Saved as the playlist \"Second\" (2 tracks)\n"));
    }

    void aNameInUseIsReplacedOnlyWhenAskedTo()
    {
        const ProcessResult again =
            run({QStringLiteral("import"), m_m3u, QStringLiteral("--save"), QStringLiteral("Road trip")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err.count('\n'), 1);
        QVERIFY2(again.err.contains("already exists") && again.err.contains("--replace"),
                 again.err.constData());
        QVERIFY(again.out.isEmpty());

        QVERIFY(writeFile(m_workspace.filePath(QStringLiteral("short.m3u")), "music/Beta.mp3\n"));
        const QJsonObject replaced =
            json({QStringLiteral("import"), m_workspace.filePath(QStringLiteral("short.m3u")),
                  QStringLiteral("--save"), QStringLiteral("Road trip"), QStringLiteral("--replace")});
        QCOMPARE(replaced[QStringLiteral("saved")].toObject()[QStringLiteral("tracks")].toInt(), 1);
        const QJsonObject songs = json({QStringLiteral("playlists"), QStringLiteral("Road trip")});
        QCOMPARE(songs[QStringLiteral("entries")].toArray().size(), 1);
        QCOMPARE(json({QStringLiteral("playlists")})[QStringLiteral("count")].toInt(), 2);
    }

    // Export and delete, by name, as the sidebar's context menu does; unavailable songs are exported by path.
    void exportAndDeleteByName()
    {
        QVERIFY(writeFile(m_workspace.filePath(QStringLiteral("three.m3u")),
                          "music/Beta.mp3\nmusic/Alpha.mp3\nmusic/Gamma.mp3\n"));
        QCOMPARE(run({QStringLiteral("import"), m_workspace.filePath(QStringLiteral("three.m3u")),
                      QStringLiteral("--save"), QStringLiteral("Doomed")})
                     .exitCode,
                 0);
        const QString out = m_workspace.filePath(QStringLiteral("out/doomed.m3u8"));
        QVERIFY(QDir().mkpath(m_workspace.filePath(QStringLiteral("out"))));
        const QJsonObject written = json({QStringLiteral("playlists"), QStringLiteral("Doomed"),
                                          QStringLiteral("--export"), out, QStringLiteral("--absolute")});
        QCOMPARE(written[QStringLiteral("count")].toInt(), 3);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QStringList songs;
        for (const QByteArray& line : lines) {
            if (!line.isEmpty() && !line.startsWith('#'))
                songs << QFileInfo(QString::fromUtf8(line)).completeBaseName();
        }
        QCOMPARE(songs, (QStringList{"Beta", "Alpha", "Gamma"}));
        QVERIFY(QFileInfo(QString::fromUtf8(lines.last().isEmpty() ? lines[lines.size() - 2] : lines.last()))
                    .isAbsolute());
        QCOMPARE(run({QStringLiteral("playlists"), QStringLiteral("Doomed"), QStringLiteral("--export"),
                      m_workspace.filePath(QStringLiteral("out/doomed.txt"))})
                     .exitCode,
                 2);

        const int before = json({QStringLiteral("playlists")})[QStringLiteral("count")].toInt();
        const ProcessResult deleted =
            run({QStringLiteral("playlists"), QStringLiteral("Doomed"), QStringLiteral("--delete")});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY2(deleted.out.contains("Deleted the playlist \"Doomed\""), deleted.out.constData());
        QCOMPARE(json({QStringLiteral("playlists")})[QStringLiteral("count")].toInt(), before - 1);
        QCOMPARE(
            run({QStringLiteral("playlists"), QStringLiteral("Doomed"), QStringLiteral("--delete")}).exitCode,
            1);
        // The songs stay in the library.
        QCOMPARE(json({QStringLiteral("tracks")})[QStringLiteral("count")].toInt(), 3);
    }

    void badUsageIsExitCodeTwo()
    {
        QCOMPARE(run({QStringLiteral("import"), m_m3u, QStringLiteral("--replace")}).exitCode, 2);
        QCOMPARE(
            run({QStringLiteral("import"), m_m3u, QStringLiteral("--save"), QStringLiteral("  ")}).exitCode,
            2);
        QCOMPARE(run({QStringLiteral("playlists"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("playlists"), QStringLiteral("--delete")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("playlists"), QStringLiteral("a"), QStringLiteral("--delete"),
                      QStringLiteral("--export"), QStringLiteral("x.m3u")})
                     .exitCode,
                 2);
        const ProcessResult unknown = run({QStringLiteral("playlists"), QStringLiteral("No such list")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.count('\n'), 1);
    }

    // The drive is unplugged and the library rescanned: the songs stay, unavailable, and are back with it.
    void songsOfAnUnmountedFolderStayListed()
    {
        QVERIFY(QDir().rename(m_workspace.music(), m_workspace.music() + QStringLiteral(".unplugged")));
        QCOMPARE(run({QStringLiteral("scan")}).exitCode, 0);
        QJsonObject road = json({QStringLiteral("playlists"), QStringLiteral("Second")});
        QCOMPARE(road[QStringLiteral("tracks")].toInt(), 2);
        QCOMPARE(road[QStringLiteral("unavailable")].toInt(), 2);
        for (const QJsonValue& entry : road[QStringLiteral("entries")].toArray())
            QVERIFY(!entry.toObject()[QStringLiteral("available")].toBool());
        QVERIFY(run({QStringLiteral("playlists"), QStringLiteral("Second")}).out.contains("(unavailable)"));

        QVERIFY(QDir().rename(m_workspace.music() + QStringLiteral(".unplugged"), m_workspace.music()));
        QCOMPARE(run({QStringLiteral("scan")}).exitCode, 0);
        road = json({QStringLiteral("playlists"), QStringLiteral("Second")});
        QCOMPARE(road[QStringLiteral("unavailable")].toInt(), 0);
        QCOMPARE(road[QStringLiteral("entries")].toArray()[0].toObject()[QStringLiteral("title")].toString(),
                 QStringLiteral("Gamma"));
    }
};

QTEST_GUILESS_MAIN(TestCliPlaylists)
#include "tst_cli_playlists.moc"
