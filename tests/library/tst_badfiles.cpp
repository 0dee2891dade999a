#include "core/library/LibraryScanner.h"
#include "core/storage/Database.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/LibraryWorkspace.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/StoredProblems.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace soundalike;
using namespace soundalike::test;

// Every kind of bad input the foundation promises to survive: each is stored correctly or becomes a problem
// row with a human reason, and the scan goes on to the files after it.
class TestBadFiles : public QObject
{
    Q_OBJECT

    LibraryWorkspace m_workspace;
    QByteArray m_goodMp3;

    QString music(const QString& relative) const { return m_workspace.music() + QLatin1Char('/') + relative; }

    QString problemFor(const QString& path) const { return problemReasonFor(m_workspace.db(), path); }

    std::optional<Track> byPath(const FilePath& path)
    {
        Database db(m_workspace.db());
        return TrackStore(db).trackByPath(path);
    }

private slots:
    void initTestCase()
    {
        m_goodMp3 = encodeMp3(generate({AudioSpec::Wave::Sine, 3.0}), 44100, 2, 128);
        QVERIFY(!m_goodMp3.isEmpty());

        QVERIFY(writeFile(music("00-empty.mp3"), {}));
        QVERIFY(writeFile(music("01-random.mp3"), [] {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator rng(7);
            rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            return bytes;
        }()));
        QVERIFY(
            writeFile(music("02-text.mp3"), QByteArray("This is a text file, not an MP3.\n").repeated(100)));
        QVERIFY(writeFile(music("03-png.mp3"),
                          QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(2000, '\0')));
        QVERIFY(writeFile(music("04-truncated.mp3"), m_goodMp3.left(m_goodMp3.size() / 3)));
        QVERIFY(QFile::link(m_workspace.filePath(QStringLiteral("nowhere.mp3")), music("05-dangling.mp3")));
        Tags sql;
        sql.title = QStringLiteral("Robert'); DROP TABLE tracks;--");
        sql.artist = QStringLiteral("\"Quoted\" O'Brien % _ \\");
        sql.album = QStringLiteral("Альбом — ünïcödé ✓");
        QVERIFY(writeMp3(music("06-sql.mp3"), {}, sql));
        Tags cover;
        cover.title = QStringLiteral("Big cover");
        cover.cover = QByteArray(6 * 1024 * 1024, '\x5a');
        QVERIFY(writeMp3(music("07-cover.mp3"), {}, cover));
        QVERIFY(writeFile(music("zz-last-good.mp3"), m_goodMp3));
        const QByteArray badName = QFile::encodeName(m_workspace.music()) + "/08-\xff\xfe-latin1-\xe9.mp3";
        FILE* raw = ::fopen(badName.constData(), "wb");
        QVERIFY(raw);
        QCOMPARE(::fwrite(m_goodMp3.constData(), 1, std::size_t(m_goodMp3.size()), raw),
                 std::size_t(m_goodMp3.size()));
        ::fclose(raw);

        LibraryScanner scanner(m_workspace.db());
        const ScanReport report = scanner.scan({m_workspace.music()});
        QVERIFY(!report.cancelled);
        QVERIFY2(report.added >= 4, qPrintable(QString::number(report.added)));
    }

    void cleanupTestCase()
    {
        // QTemporaryDir cannot name a file whose name is not UTF-8; remove it by its bytes.
        ::unlink((QFile::encodeName(m_workspace.music()) + "/08-\xff\xfe-latin1-\xe9.mp3").constData());
    }

    void emptyFile() { QCOMPARE(problemFor(music("00-empty.mp3")), QStringLiteral("empty file (0 bytes)")); }

    void randomBytesTextAndPngAreProblems()
    {
        for (const char* name : {"01-random.mp3", "02-text.mp3", "03-png.mp3"}) {
            const QString reason = problemFor(music(QLatin1String(name)));
            QVERIFY2(reason.startsWith(QLatin1String("not ")), name);
            QVERIFY2(!byPath(toFilePath(music(QLatin1String(name)))), name);
        }
    }

    void truncatedFileIsStoredWithItsShorterLength()
    {
        const auto track = byPath(toFilePath(music("04-truncated.mp3")));
        QVERIFY(track);
        QVERIFY2(track->durationMs > 500 && track->durationMs < 2000,
                 qPrintable(QString::number(track->durationMs)));
    }

    void danglingLinkIsAProblem()
    {
        QVERIFY(problemFor(music("05-dangling.mp3")).startsWith(QLatin1String("cannot read the file")));
    }

    void hostileTagTextRoundTrips()
    {
        const auto track = byPath(toFilePath(music("06-sql.mp3")));
        QVERIFY(track);
        QCOMPARE(track->title, QStringLiteral("Robert'); DROP TABLE tracks;--"));
        QCOMPARE(track->artist, QStringLiteral("\"Quoted\" O'Brien % _ \\"));
        QCOMPARE(track->album, QStringLiteral("Альбом — ünïcödé ✓"));
    }

    void hugeCoverArtIsFine()
    {
        const auto track = byPath(toFilePath(music("07-cover.mp3")));
        QVERIFY(track);
        QCOMPARE(track->title, QStringLiteral("Big cover"));
        QVERIFY(track->stamp.size > 6 * 1024 * 1024);
    }

    void nonUtf8NameIsStoredByItsBytes()
    {
        const FilePath raw = toFilePath(m_workspace.music()) + "/08-\xff\xfe-latin1-\xe9.mp3";
        const auto track = byPath(raw);
        QVERIFY(track);
        QCOMPARE(track->path, raw);
        QVERIFY(!track->title.isEmpty());
        QVERIFY(::access(track->path.c_str(), R_OK) == 0);
    }

    void scanContinuesAfterBadFiles() { QVERIFY(byPath(toFilePath(music("zz-last-good.mp3")))); }

    void rescanDoesNotReopenKnownProblems()
    {
        LibraryScanner scanner(m_workspace.db());
        const ScanReport report = scanner.scan({m_workspace.music()});
        QCOMPARE(report.changed(), 0);
        QVERIFY(report.knownProblems >= 4);
    }

    void fixedFileLeavesTheProblemList()
    {
        QVERIFY(writeFile(music("02-text.mp3"), m_goodMp3));
        LibraryScanner scanner(m_workspace.db());
        QCOMPARE(scanner.scan({m_workspace.music()}).added, 1);
        QVERIFY(problemFor(music("02-text.mp3")).isEmpty());
    }

    // Permissions do not bind root, so the unreadable cases run the real CLI as an unprivileged user.
    void unreadableFileAndFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        const QString root = dir.filePath(QStringLiteral("lib"));
        const QString db = dir.filePath(QStringLiteral("lib.db"));
        QVERIFY(writeFile(root + QStringLiteral("/ok.mp3"), m_goodMp3));
        QVERIFY(writeFile(root + QStringLiteral("/locked.mp3"), m_goodMp3));
        QVERIFY(writeFile(root + QStringLiteral("/closed/inside.mp3"), m_goodMp3));
        if (runningAsRoot())
            QProcess::execute(QStringLiteral("chmod"),
                              {QStringLiteral("-R"), QStringLiteral("a+rwX"), dir.path()});
        const auto runScan = [&] {
            return runCliUnprivileged(
                       {QStringLiteral("scan"), root, QStringLiteral("--db"), db, QStringLiteral("--json")},
                       60000)
                       .exitCode == 0;
        };
        QVERIFY(runScan());
        {
            Database check(db);
            QCOMPARE(TrackStore(check).count(), 3);
        }
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/locked.mp3"), QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/closed"), QFileDevice::WriteOwner));
        // Change the stamp so the scanner looks at the locked file again.
        QVERIFY(
            QProcess::execute(QStringLiteral("touch"), {QStringLiteral("-d"), QStringLiteral("2001-01-01"),
                                                        root + QStringLiteral("/locked.mp3")}) == 0);
        QVERIFY(runScan());
        Database check(db);
        TrackStore tracks(check);
        QCOMPARE(tracks.count(), 3);
        QVERIFY(!tracks.trackByPath(toFilePath(root + QStringLiteral("/locked.mp3")))->available);
        QVERIFY(!tracks.trackByPath(toFilePath(root + QStringLiteral("/closed/inside.mp3")))->available);
        QStringList reasons;
        for (const Problem& p : ProblemStore(check).all())
            reasons << p.reason.text();
        QVERIFY2(reasons.filter(QStringLiteral("Permission denied")).size() == 2,
                 qPrintable(reasons.join('|')));
        QFile::setPermissions(root + QStringLiteral("/closed"), QFileDevice::Permissions(0x7777));
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
