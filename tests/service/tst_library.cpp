#include "core/library/LibraryScanner.h"
#include "core/service/Library.h"
#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace soundalike;
using namespace soundalike::test;

namespace {

Tags tags(const QString& artist, const QString& title)
{
    Tags t;
    t.artist = artist;
    t.title = title;
    t.album = artist + QStringLiteral(" album");
    t.genres = {QStringLiteral("Test")};
    return t;
}

// Many small files fast: one encoding, copied and re-tagged.
bool writeCopies(const QString& folder, int count)
{
    AudioSpec spec;
    spec.seconds = 0.2;
    const QByteArray mp3 = encodeMp3(generate(spec), spec.sampleRate, spec.channels, spec.bitrateKbps);
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/%2/song%3.mp3").arg(folder).arg(i / 100).arg(i);
        if (!writeFile(path, mp3) ||
            !writeTags(path, tags(QStringLiteral("Artist %1").arg(i / 50), QStringLiteral("Song %1").arg(i))))
            return false;
    }
    return true;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

private slots:
    void opensANewLibraryEmptyAndWithoutFolders()
    {
        Library library(path(QStringLiteral("new/library.db")));
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        QVERIFY(library.isOpen());
        QCOMPARE(library.catalog()->size(), 0);
        QVERIFY(library.folders().isEmpty());
    }

    void reportsAnUnusableDatabase()
    {
        const QString db = path(QStringLiteral("garbage.db"));
        QVERIFY(writeFile(db, QByteArray(8192, 'x')));
        Library library(db);
        QSignalSpy failed(&library, &Library::failed);
        library.open();
        QVERIFY(failed.wait());
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("not a Soundalike library")));
        QVERIFY(!library.isOpen());
    }

    void addsAFolderAndLoadsWhatTheScanFound()
    {
        const QString music = path(QStringLiteral("music1"));
        QVERIFY(
            writeMp3(music + QStringLiteral("/a.mp3"), {}, tags(QStringLiteral("A"), QStringLiteral("One"))));
        QVERIFY(
            writeMp3(music + QStringLiteral("/b.mp3"), {}, tags(QStringLiteral("B"), QStringLiteral("Two"))));
        Library library(path(QStringLiteral("lib1.db")));
        QSignalSpy finished(&library, &Library::scanFinished);
        QSignalSpy folders(&library, &Library::foldersChanged);
        library.open();
        library.addFolder(music);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<ScanReport>().added, 2);
        QTRY_COMPARE(library.catalog()->size(), 2);
        QTRY_VERIFY(library.folders() == QStringList{music});
        QVERIFY(folders.count() >= 1);
        QVERIFY(!library.isScanning());
    }

    void followsARunningScanWithPartialCatalogs()
    {
        const QString music = path(QStringLiteral("music2"));
        QVERIFY(writeCopies(music, 600));
        // TagLib searches a file of zeros byte by byte for an mp3 frame (about 0.15 s per MB): this one
        // stalls the scan for a second after the first 300 files, like a slow disk would.
        QFile garbage(music + QStringLiteral("/2/song_garbage.mp3"));
        QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.resize(8 * 1024 * 1024));
        garbage.close();
        Library library(path(QStringLiteral("lib2.db")));
        library.setRefreshInterval(50);
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());

        QList<int> sizesWhileScanning;
        connect(&library, &Library::catalogChanged, this, [&] {
            if (library.isScanning())
                sizesWhileScanning << library.catalog()->size();
        });
        QSignalSpy finished(&library, &Library::scanFinished);
        library.addFolder(music);
        QVERIFY(finished.wait(30000));
        // Some refresh showed the batches committed so far, while the scan still ran.
        QVERIFY(std::any_of(sizesWhileScanning.begin(), sizesWhileScanning.end(),
                            [](int n) { return n > 0 && n < 600; }));
        QCOMPARE(finished.at(0).at(0).value<ScanReport>().problems, 1);
        QTRY_COMPARE(library.catalog()->size(), 600);
    }

    void importsFilesAndFoldersFromOutsideTheLibrary()
    {
        const QString music = path(QStringLiteral("music3"));
        QVERIFY(writeMp3(music + QStringLiteral("/inside.mp3"), {},
                         tags(QStringLiteral("In"), QStringLiteral("Inside"))));
        const QString db = path(QStringLiteral("lib3.db"));
        LibraryScanner(db).scan({music});
        const QString loose = path(QStringLiteral("elsewhere/loose.mp3"));
        QVERIFY(writeMp3(loose, {}, tags(QStringLiteral("L"), QStringLiteral("Loose"))));
        const QString album = path(QStringLiteral("elsewhere/album"));
        QVERIFY(writeMp3(album + QStringLiteral("/1.mp3"), {},
                         tags(QStringLiteral("F"), QStringLiteral("First"))));
        QVERIFY(writeMp3(album + QStringLiteral("/2.mp3"), {},
                         tags(QStringLiteral("F"), QStringLiteral("Second"))));
        QVERIFY(writeFile(path(QStringLiteral("elsewhere/notes.txt")), "hello"));

        Library library(db);
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        std::optional<ImportedTracks> result;
        library.importPaths({loose, music + QStringLiteral("/inside.mp3"), album,
                             path(QStringLiteral("elsewhere/notes.txt")),
                             path(QStringLiteral("elsewhere/missing.mp3"))},
                            this, [&](const ImportedTracks& imported) { result = imported; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QStringList titles;
        for (const Track& t : result->tracks)
            titles << t.title;
        QCOMPARE(titles, QStringList({"Loose", "Inside", "First", "Second"}));
        QCOMPARE(result->problems.size(), 2);
        QVERIFY(result->problems.join(' ').contains(QLatin1String("not an audio file")));
        QVERIFY(result->problems.join(' ').contains(QLatin1String("missing.mp3")));
        QTRY_COMPARE(library.catalog()->size(), 4);
        // The dropped folder became a library folder; the loose file belongs to none, and a rescan keeps it.
        QCOMPARE(library.folders().size(), 2);
        QSignalSpy finished(&library, &Library::scanFinished);
        library.rescan();
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(library.catalog()->size(), 4);
    }

    void removingAFolderForgetsItsTracksButNotTheFiles()
    {
        const QString music = path(QStringLiteral("music4"));
        QVERIFY(
            writeMp3(music + QStringLiteral("/a.mp3"), {}, tags(QStringLiteral("A"), QStringLiteral("One"))));
        const QString db = path(QStringLiteral("lib4.db"));
        LibraryScanner(db).scan({music});
        Library library(db);
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        QCOMPARE(library.catalog()->size(), 1);
        library.removeFolder(music);
        QTRY_COMPARE(library.catalog()->size(), 0);
        QTRY_VERIFY(library.folders().isEmpty());
        QVERIFY(QFile::exists(music + QStringLiteral("/a.mp3")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
