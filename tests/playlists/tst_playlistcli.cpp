#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace soundalike::test;

// soundalike-cli export and import end to end, on a library scanned from real mp3 files.
class TestPlaylistCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QString m_db;
    QByteArray m_rawName; // an mp3 whose name is not UTF-8
    QList<qint64> m_ids;  // in the order of m_paths
    QStringList m_paths;

    QStringList db() const { return {QStringLiteral("--db"), m_db}; }

    QJsonObject importJson(const QString& playlist)
    {
        const ProcessResult result =
            runCli(QStringList{QStringLiteral("import"), playlist, QStringLiteral("--json")} + db());
        [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
        return result.json();
    }

    static QList<qint64> idsOf(const QJsonObject& imported)
    {
        QList<qint64> ids;
        for (const auto& track : imported[QStringLiteral("tracks")].toArray())
            ids << track.toObject()[QStringLiteral("id")].toInteger(-1);
        return ids;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_music = m_dir.filePath(QStringLiteral("music"));
        m_db = m_dir.filePath(QStringLiteral("library.db"));
        const QStringList names{QStringLiteral("Alpha/01 Sunrise.mp3"),
                                QStringLiteral("Кино/Группа крови.mp3"), QStringLiteral("b side.mp3")};
        for (int i = 0; i < names.size(); ++i) {
            Tags tags;
            tags.artist = QStringLiteral("Artist %1").arg(i);
            tags.title = QStringLiteral("Song %1").arg(i);
            QVERIFY(writeMp3(m_music + '/' + names[i], {AudioSpec::Wave::Sine, 2.0}, tags));
        }
        Tags raw;
        raw.artist = QStringLiteral("Raw");
        raw.title = QStringLiteral("Bytes");
        QVERIFY(writeMp3(m_music + QStringLiteral("/tmp.mp3"), {AudioSpec::Wave::Sine, 1.0}, raw));
        m_rawName = QFile::encodeName(m_music) + "/caf\xe9-\xff.mp3";
        QCOMPARE(::rename(QFile::encodeName(m_music + QStringLiteral("/tmp.mp3")).constData(),
                          m_rawName.constData()),
                 0);

        const ProcessResult scan = runCli(QStringList{QStringLiteral("scan"), m_music} + db());
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        const QJsonObject tracks =
            runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json")} + db()).json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 4);
        for (const QString& name : names) {
            for (const auto& value : tracks[QStringLiteral("tracks")].toArray()) {
                const QJsonObject track = value.toObject();
                if (track[QStringLiteral("path")].toString() == m_music + '/' + name) {
                    m_ids << track[QStringLiteral("id")].toInteger();
                    m_paths << m_music + '/' + name;
                }
            }
        }
        QCOMPARE(m_ids.size(), 3);
    }

    void cleanupTestCase() { ::unlink(m_rawName.constData()); }

    void helpAndUsage()
    {
        for (const char* command : {"export", "import"}) {
            const ProcessResult help = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("--db"));
            QVERIFY(help.out.contains("--json"));
        }
        QVERIFY(runCli({QStringLiteral("export"), QStringLiteral("--help")}).out.contains("--relative"));
        const QString out = m_dir.filePath(QStringLiteral("x.m3u"));
        const QString id = QString::number(m_ids[0]);
        QCOMPARE(runCli(QStringList{QStringLiteral("export")} + db()).exitCode, 2);
        QCOMPARE(
            runCli(QStringList{QStringLiteral("export"), m_dir.filePath(QStringLiteral("x.txt")), id} + db())
                .exitCode,
            2);
        QCOMPARE(runCli(QStringList{QStringLiteral("export"), out, id, QStringLiteral("--absolute"),
                                    QStringLiteral("--relative")} +
                        db())
                     .exitCode,
                 2);
        const ProcessResult noTracks = runCli(QStringList{QStringLiteral("export"), out} + db());
        QCOMPARE(noTracks.exitCode, 2);
        QVERIFY(noTracks.err.contains("no tracks given"));
        QCOMPARE(runCli(QStringList{QStringLiteral("import")} + db()).exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void errorsAreOneLineAndWriteNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("never.m3u8"));
        const ProcessResult unknownId = runCli(
            QStringList{QStringLiteral("export"), out, QString::number(m_ids[0]), QStringLiteral("99999")} +
            db());
        QCOMPARE(unknownId.exitCode, 1);
        QCOMPARE(unknownId.err.count('\n'), 1);
        QVERIFY(unknownId.err.contains("99999"));
        const ProcessResult missingFile = runCli(
            QStringList{QStringLiteral("export"), out, m_dir.filePath(QStringLiteral("gone.mp3"))} + db());
        QCOMPARE(missingFile.exitCode, 1);
        QVERIFY(missingFile.err.contains("gone.mp3"));
        QVERIFY(!QFile::exists(out));

        const ProcessResult noPlaylist =
            runCli(QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.m3u"))} + db());
        QCOMPARE(noPlaylist.exitCode, 1);
        QCOMPARE(noPlaylist.err.count('\n'), 1);
        QVERIFY(noPlaylist.err.contains("nope.m3u"));
    }

    void exportByIdAndPathThenImport()
    {
        const QString playlist = m_music + QStringLiteral("/mix.m3u8");
        const ProcessResult exported =
            runCli(QStringList{QStringLiteral("export"), playlist, QString::number(m_ids[1]), m_paths[0],
                               QString::number(m_ids[2]), QStringLiteral("--json")} +
                   db());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.json()[QStringLiteral("written")].toInt(), 3);
        QCOMPARE(readAll(playlist), QByteArray("#EXTM3U\n"
                                               "#EXTINF:2,Artist 1 - Song 1\n"
                                               "Кино/Группа крови.mp3\n"
                                               "#EXTINF:2,Artist 0 - Song 0\n"
                                               "Alpha/01 Sunrise.mp3\n"
                                               "#EXTINF:2,Artist 2 - Song 2\n"
                                               "b side.mp3\n"));
        const QJsonObject imported = importJson(playlist);
        QCOMPARE(idsOf(imported), (QList<qint64>{m_ids[1], m_ids[0], m_ids[2]}));
        QCOMPARE(imported[QStringLiteral("in_library")].toInt(), 3);
        QVERIFY(imported[QStringLiteral("missing")].toArray().isEmpty());

        const ProcessResult human = runCli(QStringList{QStringLiteral("import"), playlist} + db());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Artist 1 — Song 1"));
        QVERIFY(human.out.contains("3 tracks, 3 in the library, 0 missing"));
    }

    void exportFromStandardInputKeepsRawNames()
    {
        // What `similar --json | jq -r '.tracks[].id'` would feed, mixed with paths, one of them not UTF-8.
        const QString playlist = m_dir.filePath(QStringLiteral("playlists/stdin.m3u"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("playlists"))));
        const QByteArray input =
            QByteArray::number(m_ids[2]) + "\n\n" + m_rawName + "\r\n" + QFile::encodeName(m_paths[1]) + "\n";
        const ProcessResult exported =
            runCli(QStringList{QStringLiteral("export"), playlist} + db(), 120000, input);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.contains("Wrote 3 tracks"));
        const QByteArray text = readAll(playlist);
        QVERIFY2(text.contains("#EXTINF:1,Raw - Bytes\n" + m_rawName + "\n"), text.constData());
        const QJsonObject imported = importJson(playlist);
        QCOMPARE(imported[QStringLiteral("in_library")].toInt(), 3);
        QCOMPARE(idsOf(imported)[0], m_ids[2]);
        QCOMPARE(idsOf(imported)[2], m_ids[1]);
    }

    void rawNameAsArgument()
    {
        // QProcess can only pass UTF-8 arguments; the shell passes the raw bytes.
        const QString playlist = m_music + QStringLiteral("/raw.m3u8");
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("exec \"$0\" export \"$1\" \"$(printf '%s/caf\\351-\\377.mp3' "
                                    "\"$2\")\" --db \"$3\""),
                     cliProgram(), playlist, m_music, m_db});
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QCOMPARE(readAll(playlist), QByteArray("#EXTM3U\n#EXTINF:1,Raw - Bytes\ncaf\xe9-\xff.mp3\n"));
        QCOMPARE(importJson(playlist)[QStringLiteral("in_library")].toInt(), 1);
    }

    // similar names its seeds as export names its tracks: a file by its raw bytes, and digits as a track id
    // even where the current folder holds a folder of that name.
    void seedsAreNamedAsExportNamesTracks()
    {
        const auto resolved = [](const QByteArray& err) {
            return !err.contains("neither a track id") && !err.contains("not in the library");
        };
        QProcess shell;
        shell.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("exec \"$0\" similar \"$(printf '%s/caf\\351-\\377.mp3' \"$1\")\" --db \"$2\""),
             cliProgram(), m_music, m_db});
        QVERIFY(shell.waitForFinished(60000));
        const QByteArray rawErr = shell.readAllStandardError();
        QVERIFY2(resolved(rawErr), rawErr.constData());

        const QString id = QString::number(m_ids[0]);
        QVERIFY(QDir(m_dir.path()).mkpath(id));
        QProcess cli;
        cli.setWorkingDirectory(m_dir.path());
        cli.start(cliProgram(), {QStringLiteral("similar"), id, QStringLiteral("--db"), m_db});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray idErr = cli.readAllStandardError();
        QVERIFY2(resolved(idErr), idErr.constData());
    }

    void forcedPathStyles()
    {
        const QString outside = m_dir.filePath(QStringLiteral("playlists/rel.m3u8"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("playlists"))));
        QCOMPARE(runCli(QStringList{QStringLiteral("export"), outside, QString::number(m_ids[2]),
                                    QStringLiteral("--relative")} +
                        db())
                     .exitCode,
                 0);
        QVERIFY(readAll(outside).endsWith("\n../music/b side.mp3\n"));
        QCOMPARE(idsOf(importJson(outside)), QList<qint64>{m_ids[2]});

        const QString inside = m_music + QStringLiteral("/abs.m3u");
        QCOMPARE(runCli(QStringList{QStringLiteral("export"), inside, QString::number(m_ids[2]),
                                    QStringLiteral("--absolute")} +
                        db())
                     .exitCode,
                 0);
        QVERIFY(readAll(inside).endsWith("\n" + QFile::encodeName(m_paths[2]) + "\n"));
        QCOMPARE(idsOf(importJson(inside)), QList<qint64>{m_ids[2]});
    }

    void exportFileOutsideTheLibraryUsesItsTags()
    {
        const QString outside = m_dir.filePath(QStringLiteral("unscanned/new song.mp3"));
        Tags tags;
        tags.artist = QStringLiteral("Newcomer");
        tags.title = QStringLiteral("Not Scanned Yet");
        QVERIFY(writeMp3(outside, {AudioSpec::Wave::Sine, 3.0}, tags));
        const QString playlist = m_dir.filePath(QStringLiteral("unscanned/list.m3u"));
        const ProcessResult exported =
            runCli(QStringList{QStringLiteral("export"), playlist, outside} + db());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(readAll(playlist),
                 QByteArray("#EXTM3U\n#EXTINF:3,Newcomer - Not Scanned Yet\nnew song.mp3\n"));
        const QJsonObject imported = importJson(playlist);
        QCOMPARE(imported[QStringLiteral("in_library")].toInt(), 0);
        QCOMPARE(
            imported[QStringLiteral("tracks")].toArray()[0].toObject()[QStringLiteral("artist")].toString(),
            QStringLiteral("Newcomer"));
    }

    void importForeignPlaylist()
    {
        QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("elsewhere/extra.mp3")), {AudioSpec::Wave::Sine, 1.0},
                         {}));
        const QString playlist = m_music + QStringLiteral("/windows.m3u");
        QVERIFY(writeFile(playlist, "\xEF\xBB\xBF"
                                    "Alpha\\01 Sunrise.mp3\r\n"
                                    "#EXTINF:300,Somebody - Extra\r\n"
                                    "..\\elsewhere\\extra.mp3\r\n"
                                    "C:\\Music\\x.mp3\r\n"
                                    "file://" +
                                        QFile::encodeName(m_music).toPercentEncoding("/") +
                                        "/b%20side.mp3\r\n"
                                        "gone.mp3\r\n"));
        const QJsonObject imported = importJson(playlist);
        QCOMPARE(imported[QStringLiteral("count")].toInt(), 3);
        QCOMPARE(imported[QStringLiteral("in_library")].toInt(), 2);
        const QJsonArray tracks = imported[QStringLiteral("tracks")].toArray();
        QCOMPARE(tracks[0].toObject()[QStringLiteral("id")].toInteger(), m_ids[0]);
        const QJsonObject extra = tracks[1].toObject();
        QVERIFY(!extra[QStringLiteral("in_library")].toBool());
        QCOMPARE(extra[QStringLiteral("path")].toString(),
                 m_dir.filePath(QStringLiteral("elsewhere/extra.mp3")));
        QCOMPARE(extra[QStringLiteral("title")].toString(), QStringLiteral("Extra"));
        QCOMPARE(extra[QStringLiteral("duration_ms")].toInt(), 300000);
        QCOMPARE(tracks[2].toObject()[QStringLiteral("id")].toInteger(), m_ids[2]);
        const QJsonArray missing = imported[QStringLiteral("missing")].toArray();
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing[0].toObject()[QStringLiteral("line")].toInt(), 4);
        QCOMPARE(missing[0].toObject()[QStringLiteral("location")].toString(),
                 QStringLiteral("C:\\Music\\x.mp3"));
        QCOMPARE(missing[1].toObject()[QStringLiteral("line")].toInt(), 6);

        const ProcessResult human = runCli(QStringList{QStringLiteral("import"), playlist} + db());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("(not in the library)"));
        QVERIFY(human.out.contains("line 4: C:\\Music\\x.mp3"));
        QVERIFY(human.out.contains("3 tracks, 2 in the library, 2 missing"));
    }

    // A picture, a text file or a folder is no track: export refuses it, import lists it as missing.
    void filesThatAreNotAudioAreNotTracks()
    {
        const QString picture = m_dir.filePath(QStringLiteral("covers/cover.jpg"));
        QVERIFY(writeFile(picture, "\xFF\xD8\xFF\xE0 not much of a picture"));
        const QString playlist = m_dir.filePath(QStringLiteral("covers/list.m3u"));
        for (const QString& notATrack : {picture, m_dir.filePath(QStringLiteral("covers"))}) {
            const ProcessResult exported = runCli(
                QStringList{QStringLiteral("export"), playlist, QString::number(m_ids[0]), notATrack} + db());
            QCOMPARE(exported.exitCode, 1);
            QVERIFY2(exported.err.contains("is not a track") ||
                         exported.err.contains("is a folder, not a track"),
                     exported.err.constData());
            QVERIFY(!QFile::exists(playlist));
        }
        QVERIFY(writeFile(playlist, "cover.jpg\n" + QFile::encodeName(m_paths[0]) + "\n"));
        const QJsonObject imported = importJson(playlist);
        QCOMPARE(imported[QStringLiteral("count")].toInt(), 1);
        const QJsonArray missing = imported[QStringLiteral("missing")].toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0].toObject()[QStringLiteral("line")].toInt(), 1);
        QVERIFY2(missing[0].toObject()[QStringLiteral("reason")].toString().startsWith(
                     QLatin1String("not a track")),
                 qPrintable(missing[0].toObject()[QStringLiteral("reason")].toString()));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistCli)
#include "tst_playlistcli.moc"
