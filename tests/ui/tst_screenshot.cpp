#include "core/library/LibraryScanner.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/PlaylistBuilder.h"
#include "tests/ui/DemoLibrary.h"
#include "ui/CoverProvider.h"
#include "ui/LibraryTreeModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/SeedList.h"

#include <QDir>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace soundalike;
using namespace soundalike::test;

// Renders the main window at 1280×800 with a demo library, seeds, a playlist and a song playing, and saves it
// as a PNG: $SOUNDALIKE_SCREENSHOT (docs/screenshot.png when run by hand) or screenshot.png here.
class TestScreenshot : public QObject
{
    Q_OBJECT

    std::int64_t idOf(MainWindow& window, const QString& title)
    {
        const auto catalog = window.library().catalog();
        for (int i = 0; i < catalog->size(); ++i) {
            if (catalog->at(i).title == title)
                return catalog->at(i).id;
        }
        return 0;
    }

    // Until core/search is connected the builder reports that it cannot generate; the picture then shows the
    // seeds' genres instead, without match figures.
    void fillPlaylistByGenre(MainWindow& window, const QStringList& genres)
    {
        std::vector<PlaylistEntry> entries;
        const auto catalog = window.library().catalog();
        const std::vector<std::int64_t> seeds = window.seedList()->seedIds();
        for (const int i : catalog->libraryOrder()) {
            const Track& t = catalog->at(i);
            if (genres.contains(t.genres.value(0)) &&
                std::find(seeds.begin(), seeds.end(), t.id) == seeds.end())
                entries.push_back({t, -1, 0, {}});
        }
        window.playlist().setEntries(std::move(entries));
    }

private slots:
    void rendersTheMainWindow()
    {
        QTemporaryDir dir;
        DemoLibrary demo;
        QVERIFY(demo.write(dir.filePath(QStringLiteral("Music")), DemoLibrary::Lengths::Realistic));
        const QString db = dir.filePath(QStringLiteral("library.db"));
        LibraryScanner(db).scan({demo.folder()});

        MainWindow window(db, dir.filePath(QStringLiteral("settings.conf")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        QTRY_VERIFY(window.library().isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(!window.library().isScanning(), 20000);
        QTest::qWait(300);

        const QStringList seeds{QStringLiteral("Neon Rain"), QStringLiteral("Voltage"),
                                QStringLiteral("Midnight Arcade")};
        std::vector<std::int64_t> ids;
        for (const QString& title : seeds)
            ids.push_back(idOf(window, title));
        window.seedList()->addTracks(ids);
        QCOMPARE(window.seedList()->seedIds().size(), std::size_t(3));

        QSignalSpy generated(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 20000);
        if (window.playlist().isEmpty()) {
            qInfo("Generation is not connected yet: the playlist shows the seeds' genres instead.");
            fillPlaylistByGenre(window, {QStringLiteral("Synthwave"), QStringLiteral("Electronic"),
                                         QStringLiteral("Indie Pop")});
            window.statusBar()
                ->clearMessage(); // the builder's "not connected" note, which the stand-in answers
        }
        QVERIFY(window.playlist().size() >= 6);
        window.player().playRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        window.player().seek(83000);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().position() >= 84000, 10000);

        QTreeView* tree = window.libraryView()->tree();
        LibraryTreeModel& model = window.libraryView()->treeModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex artist = model.index(row, 0);
            if (artist.data().toString() == QLatin1String("The Velvet Static") ||
                artist.data().toString() == QLatin1String("Kilowatt"))
                tree->expandRecursively(artist);
        }
        const QModelIndex neonRain = model.indexOfTrack(ids.front());
        QVERIFY(neonRain.isValid());
        tree->selectionModel()->setCurrentIndex(neonRain, QItemSelectionModel::ClearAndSelect);
        tree->setFocus();

        for (int i = 0; i < 5; ++i) {
            window.covers().waitForLoads();
            QTest::qWait(100);
        }
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        QString out = qEnvironmentVariable("SOUNDALIKE_SCREENSHOT");
        if (out.isEmpty())
            out = QDir::current().filePath(QStringLiteral("screenshot.png"));
        QVERIFY2(image.save(out), qPrintable(out));
        qInfo("Saved %s", qPrintable(out));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
