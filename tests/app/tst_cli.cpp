#include "tests/support/LibraryWorkspace.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

class TestCli : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;

private slots:
    void initTestCase()
    {
        Tags a;
        a.artist = QStringLiteral("Alpha Band");
        a.title = QStringLiteral("Sunrise");
        a.genres = {QStringLiteral("Rock; Indie")};
        QVERIFY(writeMp3(m_workspace.music() + QStringLiteral("/a.mp3"), {}, a));
        Tags b;
        b.artist = QStringLiteral("Beta");
        b.title = QStringLiteral("Moonlight");
        b.genres = {QStringLiteral("Jazz")};
        QVERIFY(writeMp3(m_workspace.music() + QStringLiteral("/b.mp3"), {}, b));
        QVERIFY(writeFile(m_workspace.music() + QStringLiteral("/broken.mp3"), "not audio at all"));
    }

    void helpAndUsage()
    {
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        for (const char* command : {"scan", "stats", "tracks", "problems", "version"}) {
            const auto result = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.out.contains("--db"));
            QVERIFY(result.out.contains("--json"));
            QVERIFY2(result.out.startsWith("Usage: soundalike-cli [options] " + QByteArray(command)),
                     result.out.left(80).constData());
        }
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        const auto badOption = runCli({QStringLiteral("stats"), QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains("no-such-option"));
        QCOMPARE(
            runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--limit"), QStringLiteral("many")} +
                   m_workspace.dbArguments())
                .exitCode,
            2);
        // An argument a command has no use for is said, not ignored with success ("map out.png" wrote
        // nothing).
        for (const char* command : {"stats", "map", "models", "problems", "duplicates", "train", "version"}) {
            const auto extra = runCli(QStringList{QLatin1String(command), QStringLiteral("out.png")} +
                                      m_workspace.dbArguments());
            QVERIFY2(extra.exitCode == 2, command);
            QVERIFY2(extra.err.contains("takes no arguments (given: out.png)"), extra.err.constData());
        }
    }

    void versionLoadsTheLibtorchModule()
    {
        const auto result = runCli({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.json()[QStringLiteral("libtorch")].toString().startsWith(QLatin1String("1.")));
        QVERIFY(result.json()[QStringLiteral("taglib")].toString().startsWith(QLatin1String("1.")));
    }

    // A file given to scan is said to be one, not taken for an unmounted folder.
    void scanRefusesAFile()
    {
        const QString file = m_workspace.filePath(QStringLiteral("notes.txt"));
        QFile notes(file);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
        notes.close();
        const auto result = runCli(QStringList{QStringLiteral("scan"), file} + m_workspace.dbArguments());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("is a file, not a folder"), result.err.constData());
    }

    void scanReportsWhatChanged()
    {
        auto result =
            runCli(QStringList{QStringLiteral("scan"), m_workspace.music(), QStringLiteral("--json")} +
                   m_workspace.dbArguments());
        QCOMPARE(result.exitCode, 0);
        QJsonObject report = result.json();
        QCOMPARE(report[QStringLiteral("added")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("problems")].toInt(), 1);

        result = runCli(QStringList{QStringLiteral("scan")} + m_workspace.dbArguments());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith("No changes: 2 tracks unchanged"), result.out.constData());
    }

    void statsTracksAndProblems()
    {
        auto stats =
            runCli(QStringList{QStringLiteral("stats"), QStringLiteral("--json")} + m_workspace.dbArguments())
                .json();
        QCOMPARE(stats[QStringLiteral("tracks")].toInt(), 2);
        QCOMPARE(stats[QStringLiteral("genres")].toInt(), 3);
        QCOMPARE(stats[QStringLiteral("problems")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("folders")].toArray().size(), 1);

        const auto human = runCli(QStringList{QStringLiteral("stats")} + m_workspace.dbArguments());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Tracks:    2"));

        auto tracks = runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"),
                                         QStringLiteral("--genre"), QStringLiteral("indie")} +
                             m_workspace.dbArguments())
                          .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 1);
        QCOMPARE(tracks[QStringLiteral("tracks")].toArray()[0].toObject()[QStringLiteral("title")].toString(),
                 QStringLiteral("Sunrise"));
        // As `similar --genre` does: "Indie" is a spelling of Indie Rock, so that genre takes it in.
        tracks = runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"),
                                    QStringLiteral("--genre"), QStringLiteral("Indie Rock")} +
                        m_workspace.dbArguments())
                     .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 1);
        tracks = runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"),
                                    QStringLiteral("--artist"), QStringLiteral("beta")} +
                        m_workspace.dbArguments())
                     .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 1);
        tracks = runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"),
                                    QStringLiteral("--search"), QStringLiteral("moon jazz")} +
                        m_workspace.dbArguments())
                     .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 1);
        tracks = runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"),
                                    QStringLiteral("--search"), QStringLiteral("moon rock")} +
                        m_workspace.dbArguments())
                     .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 0);
        // As the window's filter box finds it (TrackCatalog::filter): a word that spells a genre another way
        // finds that genre.
        tracks = runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"),
                                    QStringLiteral("--search"), QStringLiteral("Джаз")} +
                        m_workspace.dbArguments())
                     .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 1);
        QCOMPARE(tracks[QStringLiteral("tracks")].toArray()[0].toObject()[QStringLiteral("genres")].toArray(),
                 QJsonArray{QStringLiteral("Jazz")});
        tracks =
            runCli(QStringList{QStringLiteral("tracks"), QStringLiteral("--json"), QStringLiteral("--search"),
                               QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("1")} +
                   m_workspace.dbArguments())
                .json();
        QCOMPARE(tracks[QStringLiteral("count")].toInt(), 1);

        const auto problems = runCli(QStringList{QStringLiteral("problems"), QStringLiteral("--json")} +
                                     m_workspace.dbArguments())
                                  .json();
        QCOMPARE(problems[QStringLiteral("count")].toInt(), 1);
        QVERIFY(problems[QStringLiteral("problems")]
                    .toArray()[0]
                    .toObject()[QStringLiteral("reason")]
                    .toString()
                    .startsWith(QLatin1String("not ")));
    }

    // `lyrics` reads what the Lyrics tab reads (SongLyrics), with no library: a synced song prints as LRC
    // again.
    void lyricsPrintsASongsWords()
    {
        const QString synced = m_workspace.filePath(QStringLiteral("words/Синхронно.mp3"));
        QVERIFY(writeMp3(synced));
        QVERIFY(writeFile(m_workspace.filePath(QStringLiteral("words/Синхронно.lrc")),
                          "[ti:x]\n[00:02.50]Второй\n[00:01.00][01:02.03]Первый\n"));
        auto result = runCli({QStringLiteral("lyrics"), synced});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral("[00:01.00]Первый\n[00:02.50]Второй\n[01:02.03]Первый\n"));
        result = runCli({QStringLiteral("lyrics"), synced, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json[QStringLiteral("source")].toString(), QStringLiteral("lrc"));
        QCOMPARE(json[QStringLiteral("synced")].toBool(), true);
        QCOMPARE(json[QStringLiteral("lines")].toArray().at(2).toObject()[QStringLiteral("ms")].toInt(),
                 62030);

        Tags tags;
        tags.lyrics = QStringLiteral("Plain words\nin the tag");
        const QString plain = m_workspace.filePath(QStringLiteral("words/plain.mp3"));
        QVERIFY(writeMp3(plain, {}, tags));
        result = runCli({QStringLiteral("lyrics"), plain});
        QCOMPARE(result.out, QByteArray("Plain words\nin the tag\n"));
        result = runCli({QStringLiteral("lyrics"), m_workspace.music() + QStringLiteral("/a.mp3")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("No lyrics in the tags of "));

        result = runCli({QStringLiteral("lyrics"), m_workspace.filePath(QStringLiteral("words/none.mp3"))});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.contains("no such file"));
        QCOMPARE(runCli({QStringLiteral("lyrics")}).exitCode, 2);
    }

    void errorsAreOneLineWithExitCodeOne()
    {
        const auto missing =
            runCli(QStringList{QStringLiteral("scan"), m_workspace.filePath(QStringLiteral("nope"))} +
                   m_workspace.dbArguments());
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY(missing.err.contains("no such folder"));

        const QString garbage = m_workspace.filePath(QStringLiteral("garbage.db"));
        QVERIFY(writeFile(garbage, QByteArray(8192, 'g')));
        const auto notDb = runCli({QStringLiteral("stats"), QStringLiteral("--db"), garbage});
        QCOMPARE(notDb.exitCode, 1);
        QCOMPARE(notDb.err.count('\n'), 1);
    }

    // A command that only reads a library refuses a path with no database, names it, and creates nothing;
    // scan makes the database there.
    void readingCommandsNeedALibrary()
    {
        const QString absent = m_workspace.filePath(QStringLiteral("absent.db"));
        const QString playlist = m_workspace.filePath(QStringLiteral("out.m3u8"));
        const QList<QStringList> commands = {
            {"map"},          {"stats"},          {"tracks"},         {"problems"},
            {"models"},       {"playlists"},      {"analyze"},        {"train"},
            {"similar", "1"}, {"neighbors", "1"}, {"path", "1", "2"}, {"export", playlist, "1"}};
        for (const QStringList& arguments : commands) {
            const auto result = runCli(arguments + QStringList{QStringLiteral("--db"), absent});
            const QByteArray command = arguments.join(' ').toUtf8();
            QVERIFY2(result.exitCode == 1, command.constData());
            QCOMPARE(result.err.count('\n'), 1);
            QVERIFY2(result.err.contains("no library database at " + absent.toUtf8()),
                     result.err.constData());
            QVERIFY2(result.err.contains("soundalike-cli scan"), result.err.constData());
            QVERIFY2(!QFileInfo::exists(absent), command.constData());
            QVERIFY2(!QFileInfo::exists(playlist), command.constData());
        }
    }

    void defaultDatabaseFollowsXdg()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        const QString expected = home.filePath(QStringLiteral(".local/share/soundalike/library.db"));
        const auto run = [&](const QStringList& arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(cliProgram(), arguments);
            process.waitForFinished(30000);
            return std::pair(process.exitCode(), process.readAllStandardError());
        };
        const auto [statsCode, statsError] = run({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(statsCode, 1);
        QVERIFY2(statsError.contains(expected.toUtf8()), statsError.constData());
        QVERIFY(!QFile::exists(expected));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("music")));
        QCOMPARE(run({QStringLiteral("scan"), home.filePath(QStringLiteral("music"))}).first, 0);
        QVERIFY(QFile::exists(expected));
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--json")}).first, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
