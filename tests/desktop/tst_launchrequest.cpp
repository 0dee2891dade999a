#include "ui/desktop/LaunchRequest.h"
#include "ui/desktop/SingleInstance.h"

#include <QCommandLineParser>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace soundalike;

namespace {

LaunchRequest parse(const QStringList& arguments, const QString& workingDirectory, QString* error)
{
    QCommandLineParser parser;
    LaunchRequest::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("soundalike")} + arguments))
        qFatal("%s", qPrintable(parser.errorText()));
    return LaunchRequest::fromParser(parser, workingDirectory, error);
}

std::vector<FilePath> raw(const QStringList& paths)
{
    std::vector<FilePath> bytes;
    for (const QString& path : paths)
        bytes.push_back(toFilePath(path));
    return bytes;
}

} // namespace

// How a start's arguments become the request a running window gets: resolved where the start ran, and
// carried over the socket unchanged.
class TestLaunchRequest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void relativePathsAndFileUrlsBecomeAbsolutePaths()
    {
        const QString cwd = m_dir.path();
        QString error;
        const LaunchRequest request =
            parse({QStringLiteral("song.mp3"), QStringLiteral("../up/./other.mp3"),
                   QStringLiteral("file:///music/My%20Song%20%25%20%E2%80%8F.mp3"),
                   QStringLiteral("FILE:///music/Upper.mp3"), QStringLiteral("/abs/x.m3u8")},
                  cwd, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(request.command, LaunchRequest::Command::None);
        QCOMPARE(request.paths, raw({cwd + QStringLiteral("/song.mp3"),
                                     QDir::cleanPath(cwd + QStringLiteral("/../up/other.mp3")),
                                     QStringLiteral("/music/My Song % \u200F.mp3"),
                                     QStringLiteral("/music/Upper.mp3"), QStringLiteral("/abs/x.m3u8")}));
    }

    void otherUrlsAreKeptToBeReported()
    {
        QString error;
        const LaunchRequest request =
            parse({QStringLiteral("https://example.org/a.mp3")}, m_dir.path(), &error);
        QCOMPARE(request.paths, raw(QStringList{QStringLiteral("https://example.org/a.mp3")}));
    }

    void aFileNamedLikeAUrlIsAFile()
    {
        const QString name = QStringLiteral("live:side a.mp3");
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QCOMPARE(parse({name}, m_dir.path(), &error).paths, raw(QStringList{m_dir.filePath(name)}));
        // Without "//" it is a path, whether the file exists or not; with it, a URL unless such a file
        // exists.
        QCOMPARE(parse({QStringLiteral("live:gone.mp3")}, m_dir.path(), &error).paths,
                 raw(QStringList{m_dir.filePath(QStringLiteral("live:gone.mp3"))}));
        QCOMPARE(parse({QStringLiteral("smb://server/gone.mp3")}, m_dir.path(), &error).paths,
                 raw(QStringList{QStringLiteral("smb://server/gone.mp3")}));
    }

    void commands()
    {
        QString error;
        QCOMPARE(parse({QStringLiteral("--play-pause")}, m_dir.path(), &error).command,
                 LaunchRequest::Command::PlayPause);
        QCOMPARE(parse({QStringLiteral("--next")}, m_dir.path(), &error).command,
                 LaunchRequest::Command::Next);
        QCOMPARE(parse({QStringLiteral("--previous")}, m_dir.path(), &error).command,
                 LaunchRequest::Command::Previous);
        QCOMPARE(parse({QStringLiteral("--quit")}, m_dir.path(), &error).command,
                 LaunchRequest::Command::Quit);
        QVERIFY(error.isEmpty());
        QVERIFY(parse({}, m_dir.path(), &error).isEmpty());
        parse({QStringLiteral("--next"), QStringLiteral("--previous")}, m_dir.path(), &error);
        QVERIFY(error.contains(QLatin1String("only one")));
    }

    void travelsUnchangedAndRefusesAnythingElse()
    {
        LaunchRequest request;
        request.command = LaunchRequest::Command::Previous;
        request.paths = raw({QStringLiteral("/a/\"quoted\" 100%_x'); DROP TABLE tracks;--.mp3"),
                             QStringLiteral("/b/\u200F\u05E9\u05DC\u05D5\u05DD\t.m3u")});
        request.paths.push_back(
            "/c/Caf\xe9 \xff\xfe.mp3"); // Latin-1 bytes, not UTF-8: they travel as they are
        QCOMPARE(LaunchRequest::decode(request.encode()), std::optional<LaunchRequest>(request));
        QByteArray bytes = request.encode();
        QVERIFY(!LaunchRequest::decode(bytes.left(bytes.size() - 1)));
        QVERIFY(!LaunchRequest::decode(bytes + "x"));
        QVERIFY(!LaunchRequest::decode(QByteArray("garbage that is not a request")));
        bytes[0] = 'X';
        QVERIFY(!LaunchRequest::decode(bytes));
        // A command number from a newer version is refused, not guessed at.
        QByteArray future;
        QDataStream out(&future, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x534e444c) << quint32(1) << qint32(99) << QStringList();
        QVERIFY(!LaunchRequest::decode(future));
    }

    void serverNamesArePerDatabaseAndPerUser()
    {
        const QString a = SingleInstance::serverName(m_dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(SingleInstance::serverName(m_dir.filePath(QStringLiteral("sub/../a.db"))), a);
        QVERIFY(SingleInstance::serverName(m_dir.filePath(QStringLiteral("b.db"))) != a);
        QVERIFY(a.contains(QString::number(::getuid())));
        // Unix socket paths are limited to 107 bytes; the runtime folder of a test or a desktop is short.
        QVERIFY(a.toUtf8().size() < 100);
    }
};

QTEST_GUILESS_MAIN(TestLaunchRequest)
#include "tst_launchrequest.moc"
