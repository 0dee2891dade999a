#include "core/library/LibraryScanner.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"
#include "ui/CoverProvider.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"

#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// A file name and tags full of what breaks code that takes text for syntax, and what the library must hold
// for them. Control characters in tags are dropped when tags are read (a title is one line of text); every
// other character is kept as it is.
struct HostileText
{
    QString file;
    QString title;
    QString artist;
    QString storedTitle;
    QString storedArtist;
};

const QList<HostileText>& hostileTexts()
{
    static const QList<HostileText> texts{
        {QStringLiteral("'; DROP TABLE tracks; --.mp3"), QStringLiteral("Robert'); DROP TABLE tracks;--"),
         QStringLiteral("O'Brien \"The Quote\""), QStringLiteral("Robert'); DROP TABLE tracks;--"),
         QStringLiteral("O'Brien \"The Quote\"")},
        {QStringLiteral("100% _pure_.mp3"), QStringLiteral("100% _pure_"), QStringLiteral("%_%"),
         QStringLiteral("100% _pure_"), QStringLiteral("%_%")},
        {QStringLiteral("\u202Egnp.kcart.mp3"), QStringLiteral("\u202Eevil\u202C title"),
         QStringLiteral("\u200F\u0631\u0627\u0626\u062F"), QStringLiteral("\u202Eevil\u202C title"),
         QStringLiteral("\u200F\u0631\u0627\u0626\u062F")},
        {QStringLiteral("#1 hit.mp3"), QStringLiteral("#1 Hit"), QStringLiteral("Hash"),
         QStringLiteral("#1 Hit"), QStringLiteral("Hash")},
        {QStringLiteral(" leading space.mp3"), QString(), QString(), QStringLiteral("leading space"),
         QStringLiteral("Unknown artist")},
        {QStringLiteral("line\nbreak.mp3"), QStringLiteral("line one\nline two"),
         QStringLiteral("Tab\tArtist"), QStringLiteral("line oneline two"), QStringLiteral("Tab\tArtist")},
        {QStringLiteral("ctrl\x01\x1b[31mred.mp3"), QStringLiteral("bell\x07 and \x1b[0mescape"),
         QStringLiteral("Esc"), QStringLiteral("bell and [0mescape"), QStringLiteral("Esc")},
        {QStringLiteral("back\\slash; semi, comma.mp3"), QStringLiteral("C:\\Music\\song"),
         QStringLiteral("AC/DC"), QStringLiteral("C:\\Music\\song"), QStringLiteral("AC/DC")},
        {QStringLiteral("plain.mp3"), QStringLiteral("Plain Song"), QStringLiteral("Nobody"),
         QStringLiteral("Plain Song"), QStringLiteral("Nobody")},
    };
    return texts;
}

} // namespace

// Quotes, %, _, SQL, control characters and right-to-left marks in tags and file names are data everywhere:
// through the database to `tracks --json`, in `tracks --search` and the app's filter box (where % and _ must
// match only themselves), and out to M3U and back.
class TestHostileText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QString m_db;

    QStringList withDb(QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << m_db << QStringLiteral("--json");
    }

    QJsonArray tracks(const QStringList& filter = {})
    {
        const ProcessResult listed = runCli(withDb(QStringList{QStringLiteral("tracks")} + filter));
        return listed.exitCode == 0 ? listed.json()[QStringLiteral("tracks")].toArray() : QJsonArray();
    }

    QStringList titles(const QJsonArray& list)
    {
        QStringList out;
        for (const QJsonValue& t : list)
            out << t.toObject()[QStringLiteral("title")].toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_music = m_dir.filePath(QStringLiteral("music"));
        m_db = m_dir.filePath(QStringLiteral("library.db"));
        const QByteArray mp3 = encodeMp3(generate({AudioSpec::Wave::Sine, 0.5}), 44100, 2, 64);
        for (const HostileText& text : hostileTexts()) {
            const QString path = m_music + QLatin1Char('/') + text.file;
            Tags tags;
            tags.title = text.title;
            tags.artist = text.artist;
            QVERIFY(writeFile(path, mp3));
            QVERIFY(writeTags(path, tags));
        }
        const ProcessResult scan = runCli(withDb({QStringLiteral("scan"), m_music}));
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        QCOMPARE(scan.json()[QStringLiteral("added")].toInt(), hostileTexts().size());
    }

    void roundTripThroughTheDatabase()
    {
        const QJsonArray listed = tracks();
        QCOMPARE(listed.size(), hostileTexts().size());
        Database db(m_db);
        for (const HostileText& text : hostileTexts()) {
            const QString path = m_music + QLatin1Char('/') + text.file;
            const auto stored = TrackStore(db).trackByPath(toFilePath(path));
            QVERIFY2(stored, qPrintable(text.file));
            QCOMPARE(stored->title, text.storedTitle);
            QCOMPARE(stored->artist, text.storedArtist);
            const auto json = std::find_if(listed.begin(), listed.end(), [&](const QJsonValue& t) {
                return t.toObject()[QStringLiteral("path")].toString() == path;
            });
            QVERIFY2(json != listed.end(), qPrintable(text.file));
            QCOMPARE(json->toObject()[QStringLiteral("title")].toString(), text.storedTitle);
            QCOMPARE(json->toObject()[QStringLiteral("artist")].toString(), text.storedArtist);
        }
    }

    void searchTakesTextLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("%") << QStringLiteral("%") << QStringList{QStringLiteral("100% _pure_")};
        QTest::newRow("_") << QStringLiteral("_") << QStringList{QStringLiteral("100% _pure_")};
        QTest::newRow("%_%") << QStringLiteral("%_%") << QStringList{QStringLiteral("100% _pure_")};
        QTest::newRow("quote") << QStringLiteral("'")
                               << QStringList{QStringLiteral("Robert'); DROP TABLE tracks;--")};
        QTest::newRow("SQL") << QStringLiteral("'; drop") << QStringList{};
        QTest::newRow("SQL words") << QStringLiteral("drop table")
                                   << QStringList{QStringLiteral("Robert'); DROP TABLE tracks;--")};
        QTest::newRow("right-to-left override")
            << QStringLiteral("\u202E") << QStringList{QStringLiteral("\u202Eevil\u202C title")};
        QTest::newRow("backslash") << QStringLiteral("\\music")
                                   << QStringList{QStringLiteral("C:\\Music\\song")};
        // Blanks are no words: no filter.
        QStringList all;
        for (const HostileText& text : hostileTexts())
            all << text.storedTitle;
        all.sort();
        QTest::newRow("tab") << QStringLiteral("\t") << all;
    }

    // The CLI's --search and the filter box both go through the in-memory catalog (TrackCatalog::filter), one
    // from the database file, one from the window's snapshot: both must find exactly the same tracks.
    void searchTakesTextLiterally()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QStringList cli = titles(tracks({QStringLiteral("--search"), text}));
        cli.sort();
        QCOMPARE(cli, found);

        JobQueue queue;
        LibraryPipeline pipeline(m_db, queue);
        Library library(m_db, pipeline);
        CoverProvider covers;
        LibraryView view(library, covers);
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        view.showTable(true);
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("libraryFilter"));
        filter->setText(text);
        LibraryModel& model = view.tableModel();
        QTRY_COMPARE(model.matchCount(), int(found.size()));
        QStringList shown;
        for (int row = 0; row < model.matchCount(); ++row)
            shown << model.trackAt(row).title;
        shown.sort();
        QCOMPARE(shown, found);
    }

    void m3uExportAndImportKeepEveryName()
    {
        const QString playlist = m_dir.filePath(QStringLiteral("lists/hostile.m3u8"));
        QDir().mkpath(QFileInfo(playlist).absolutePath());
        QStringList ids;
        for (const QJsonValue& t : tracks())
            ids << QString::number(t.toObject()[QStringLiteral("id")].toInteger());
        const ProcessResult exported = runCli(
            withDb(QStringList{QStringLiteral("export"), playlist, QStringLiteral("--absolute")} + ids));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.json()[QStringLiteral("written")].toInt(), hostileTexts().size());

        const ProcessResult imported = runCli(withDb({QStringLiteral("import"), playlist}));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json()[QStringLiteral("in_library")].toInt(), hostileTexts().size());
        QStringList back;
        for (const QJsonValue& t : imported.json()[QStringLiteral("tracks")].toArray())
            back << QString::number(t.toObject()[QStringLiteral("id")].toInteger());
        QCOMPARE(back, ids);

        // Relative locations too, where "#1 hit.mp3" must not be read as a comment.
        const QString relative = m_music + QStringLiteral("/relative.m3u");
        QCOMPARE(runCli(withDb(QStringList{QStringLiteral("export"), relative} + ids)).exitCode, 0);
        const ProcessResult again = runCli(withDb({QStringLiteral("import"), relative}));
        QCOMPARE(again.json()[QStringLiteral("in_library")].toInt(), hostileTexts().size());
    }

    // A name holding an escape sequence is shown, not obeyed: human output and error lines carry no control
    // character but line breaks and tabs.
    void terminalOutputShowsControlCharacters()
    {
        const QString bad = m_dir.filePath(QStringLiteral("escapes/\x1b]0;owned\x07\x1b[2J\u009b31m.mp3"));
        QVERIFY(writeFile(bad, "not audio"));
        const QString db = m_dir.filePath(QStringLiteral("escapes.db"));
        QCOMPARE(runCli({QStringLiteral("scan"), QFileInfo(bad).absolutePath(), QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        const ProcessResult listed = runCli({QStringLiteral("problems"), QStringLiteral("--db"), db});
        QCOMPARE(listed.exitCode, 0);
        const auto clean = [](const QByteArray& bytes) {
            return std::none_of(bytes.begin(), bytes.end(),
                                [](char c) {
                                    return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') ||
                                           c == 0x7f;
                                }) &&
                   !bytes.contains("\xc2\x9b");
        };
        QVERIFY2(clean(listed.out), listed.out.toHex().constData());
        QVERIFY2(listed.out.contains("\\x1b]0;owned\\x07\\x1b[2J\\u009b31m.mp3"), listed.out.constData());
        const ProcessResult missing =
            runCli({QStringLiteral("scan"), bad + QStringLiteral("-folder"), QStringLiteral("--db"),
                    m_dir.filePath(QStringLiteral("other.db"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(clean(missing.err), missing.err.toHex().constData());
        // JSON keeps the name exactly.
        const ProcessResult json =
            runCli({QStringLiteral("problems"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(json.json()[QStringLiteral("problems")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("path")]
                     .toString(),
                 bad);
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
