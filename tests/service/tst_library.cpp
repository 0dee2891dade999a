#include "core/library/LibraryScanner.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/TimeScale.h"

#include <QDir>
#include <QElapsedTimer>
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

// A file of zeros named .mp3: TagLib searches it byte by byte for a frame (about 0.15 s per MB), so it
// stalls a scan like a slow disk would.
bool writeGarbage(const QString& file, qint64 bytes)
{
    QFile garbage(file);
    return garbage.open(QIODevice::WriteOnly) && garbage.resize(bytes);
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

// The part of the application core these tests need: the queue, the pipeline (scans only) and the catalog.
struct Core
{
    explicit Core(const QString& db) : pipeline(db, queue), library(db, pipeline)
    {
        LibraryPipeline::Policy policy;
        policy.analyseAfterScan = false;
        policy.trainWhenDue = false;
        pipeline.setPolicy(policy);
    }

    JobQueue queue;
    LibraryPipeline pipeline;
    Library library;
};

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

private slots:
    void opensANewLibraryEmptyAndWithoutFolders()
    {
        Core core(path(QStringLiteral("new/library.db")));
        Library& library = core.library;
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
        Core core(db);
        Library& library = core.library;
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
        Core core(path(QStringLiteral("lib1.db")));
        Library& library = core.library;
        QSignalSpy finished(&core.pipeline, &LibraryPipeline::scanFinished);
        QSignalSpy folders(&library, &Library::foldersChanged);
        library.open();
        core.pipeline.scan({toFilePath(music)});
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
        QVERIFY(writeGarbage(music + QStringLiteral("/2/song_garbage.mp3"), 8 * 1024 * 1024));
        Core core(path(QStringLiteral("lib2.db")));
        Library& library = core.library;
        library.setRefreshInterval(50);
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());

        QList<int> sizesWhileScanning;
        connect(&library, &Library::catalogChanged, this, [&] {
            if (library.isScanning())
                sizesWhileScanning << library.catalog()->size();
        });
        QSignalSpy finished(&core.pipeline, &LibraryPipeline::scanFinished);
        core.pipeline.scan({toFilePath(music)});
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

        Core core(db);
        Library& library = core.library;
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        std::optional<ImportedTracks> result;
        core.pipeline.importFiles({toFilePath(loose), toFilePath(music + QStringLiteral("/inside.mp3")),
                                   toFilePath(album), toFilePath(path(QStringLiteral("elsewhere/notes.txt"))),
                                   toFilePath(path(QStringLiteral("elsewhere/missing.mp3")))},
                                  false, this, [&](const ImportedTracks& imported) { result = imported; });
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
        QSignalSpy finished(&core.pipeline, &LibraryPipeline::scanFinished);
        core.pipeline.scan();
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(library.catalog()->size(), 4);
    }

    // A drop while a rescan runs goes first (the scan makes way and resumes), and the two never write the
    // same track at once: the dropped file inside the scanned folder is the one the scan was about to add.
    void aDropDuringARescanGoesFirstAndWritesSafely()
    {
        const QString music = path(QStringLiteral("music5"));
        QVERIFY(writeCopies(music, 600));
        QVERIFY(writeGarbage(music + QStringLiteral("/2/song_garbage.mp3"), 8 * 1024 * 1024));
        const QString outside = path(QStringLiteral("elsewhere5/loose.mp3"));
        QVERIFY(writeMp3(outside, {}, tags(QStringLiteral("L"), QStringLiteral("Loose"))));
        Core core(path(QStringLiteral("lib5.db")));
        Library& library = core.library;
        library.setRefreshInterval(50);
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        QSignalSpy scanned(&core.pipeline, &LibraryPipeline::scanFinished);
        QSignalSpy progress(&core.queue, &JobQueue::progress);
        core.pipeline.scan({toFilePath(music)});
        QVERIFY(progress.wait(10000));
        std::optional<ImportedTracks> dropped;
        const FilePath inside = toFilePath(music + QStringLiteral("/5/song599.mp3"));
        core.pipeline.importFiles({inside, toFilePath(outside)}, false, this,
                                  [&](const ImportedTracks& imported) { dropped = imported; });
        QTRY_VERIFY_WITH_TIMEOUT(dropped.has_value(), scaledMs(10000));
        QVERIFY2(scanned.isEmpty(), "the drop waited for the whole rescan");
        QVERIFY2(dropped->problems.isEmpty(), qPrintable(dropped->problems.join(QStringLiteral("; "))));
        QCOMPARE(dropped->tracks.size(), std::size_t(2));
        QVERIFY(scanned.wait(30000));
        const auto [report, error] =
            std::pair(scanned.at(0).at(0).value<ScanReport>(), scanned.at(0).at(1).toString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!report.cancelled);
        QCOMPARE(report.problems, 1);
        QTRY_COMPARE(library.catalog()->size(), 601);
        QCOMPARE(library.catalog()->find(dropped->tracks.front().id)->path, inside);
    }

    // Quitting destroys the application core, which cancels its jobs: a big dropped folder stops between
    // files instead of holding the app open until every file is read.
    void quittingDuringABigImportIsPrompt()
    {
        const QString dropped = path(QStringLiteral("dropped6"));
        QVERIFY(writeCopies(dropped, 300));
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeGarbage(dropped + QStringLiteral("/%1/slow.mp3").arg(i), 8 * 1024 * 1024));
        const QString db = path(QStringLiteral("lib6.db"));
        auto core = std::make_unique<Core>(db);
        QSignalSpy opened(&core->library, &Library::opened);
        core->library.open();
        QVERIFY(opened.wait());
        QSignalSpy progress(&core->queue, &JobQueue::progress);
        bool done = false;
        core->pipeline.importFiles({toFilePath(dropped)}, false, this,
                                   [&](const ImportedTracks&) { done = true; });
        QVERIFY(progress.wait(10000));
        QElapsedTimer quitting;
        quitting.start();
        core.reset();
        QVERIFY2(quitting.elapsed() < scaledMs(3000), qPrintable(QString::number(quitting.elapsed())));
        QVERIFY(!done);
        Database database(db); // consistent, and the import stopped part way
        QVERIFY(TrackStore(database).count() < 300);
    }

    void removingAFolderForgetsItsTracksButNotTheFiles()
    {
        const QString music = path(QStringLiteral("music4"));
        QVERIFY(
            writeMp3(music + QStringLiteral("/a.mp3"), {}, tags(QStringLiteral("A"), QStringLiteral("One"))));
        const QString db = path(QStringLiteral("lib4.db"));
        LibraryScanner(db).scan({music});
        Core core(db);
        Library& library = core.library;
        QSignalSpy opened(&library, &Library::opened);
        library.open();
        QVERIFY(opened.wait());
        QCOMPARE(library.catalog()->size(), 1);
        core.pipeline.removeFolder(toFilePath(music));
        QTRY_COMPARE(library.catalog()->size(), 0);
        QTRY_VERIFY(library.folders().isEmpty());
        QVERIFY(QFile::exists(music + QStringLiteral("/a.mp3")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
