#include "core/library/LibraryScanner.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/PlaylistBuilder.h"
#include "tests/ui/CatalogTitles.h"
#include "tests/ui/DemoLibrary.h"
#include "tests/ui/WindowSettling.h"
#include "ui/CoverProvider.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryTreeModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/PlaylistView.h"
#include "ui/RadioControls.h"
#include "ui/SavedPlaylistActions.h"
#include "ui/SavedPlaylistsPane.h"
#include "ui/SavedSongsModel.h"
#include "ui/SavedSongsView.h"
#include "ui/SeedList.h"
#include "ui/UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPainter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// Qt's tooltip window (a private QTipLabel), while one shows.
QWidget* visibleToolTip()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

// Renders the main window at 1280×800 with a demo library, seeds, a playlist and a song playing, two saved
// playlists in the sidebar, in English
// and in Russian, and saves each as a PNG: $SOUNDALIKE_SCREENSHOT (docs/screenshot.png when run by hand) or
// screenshot.png here, and the Russian one beside it with "-ru" (docs/screenshot-ru.png).
class TestScreenshot : public QObject
{
    Q_OBJECT

    std::int64_t idOf(MainWindow& window, const QString& title)
    {
        return test::idOf(*window.library().catalog(), title);
    }

    static QString outputFile(const QString& language)
    {
        QString out = qEnvironmentVariable("SOUNDALIKE_SCREENSHOT");
        if (out.isEmpty())
            out = QDir::current().filePath(QStringLiteral("screenshot.png"));
        if (language != QLatin1String("en"))
            out.insert(out.endsWith(QLatin1String(".png")) ? out.size() - 4 : out.size(),
                       QLatin1Char('-') + language);
        return out;
    }

private slots:
    void rendersTheMainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Russian") << "ru";
    }

    void rendersTheMainWindow()
    {
        QFETCH(QString, language);
        const UiLanguage speaking(language);
        QTemporaryDir dir;
        DemoLibrary demo;
        QVERIFY(demo.write(dir.filePath(QStringLiteral("Music")), DemoLibrary::Lengths::Realistic));
        const QString db = dir.filePath(QStringLiteral("library.db"));
        LibraryScanner(db).scan({demo.folder()});

        MainWindow window(db, dir.filePath(QStringLiteral("settings.conf")));
        window.resize(1280, 800); // the first start's size on a screen that has room (offscreen's is 800×600)
        window.show();
        // The picture shows the app as a user sees it once the first run's analysis and training are done.
        waitUntilSettled(window);
        QCOMPARE(window.size(), QSize(1280, 800));

        const QStringList seeds{QStringLiteral("Neon Rain"), QStringLiteral("Voltage"),
                                QStringLiteral("Midnight Arcade")};
        std::vector<std::int64_t> ids;
        for (const QString& title : seeds)
            ids.push_back(idOf(window, title));
        window.seedList()->addTracks(ids);
        QCOMPARE(window.seedList()->seedIds().size(), std::size_t(3));

        // A length the demo library can fill with its eight artists five places apart.
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->setValue(12);
        // The radio's switch shows on in the player bar, and the playlist it grew.
        window.radio()->radioAction()->setChecked(true);
        QSignalSpy generated(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 20000);
        QVERIFY(window.playlist().size() >= 6);
        // The sidebar lists saved playlists: the mix, and a second one, the first chosen to show its songs.
        QSignalSpy saved(window.savedPlaylists(), &SavedPlaylistActions::saved);
        const bool russian = language == QLatin1String("ru");
        window.savedPlaylists()->saveCurrentAs(
            russian ? QStringLiteral("Для дороги") : QStringLiteral("Late drive"), false);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const std::int64_t first = saved.at(0).at(0).value<std::int64_t>();
        window.savedPlaylists()->saveCurrentAs(russian ? QStringLiteral("Утро") : QStringLiteral("Morning"),
                                               false);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        window.savedPlaylistsPane()->select(first);
        window.player().playRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        // Two songs wait in the queue ("Up next").
        std::vector<PlaylistEntry> queued;
        for (const char* title : {"Afterglow", "Overclock"})
            queued.push_back(
                {*window.library().catalog()->find(idOf(window, QLatin1String(title))), -1, 0, {}});
        window.player().enqueue(queued);
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
        // The picture shows a filled playlist: each of its first rows has text drawn on it, where an empty
        // playlist would show its placeholder on a plain background.
        QTreeView* playlistView = window.playlistView()->view();
        const QColor base = playlistView->viewport()->palette().color(QPalette::Base);
        for (int row = 0; row < 6; ++row) {
            const QRect cell = playlistView->visualRect(playlistView->model()->index(row, 1));
            QVERIFY2(cell.isValid(), qPrintable(QStringLiteral("row %1 is not shown").arg(row)));
            const QRect inWindow(playlistView->viewport()->mapTo(&window, cell.topLeft()), cell.size());
            int inked = 0;
            for (int y = inWindow.top(); y <= inWindow.bottom(); ++y) {
                for (int x = inWindow.left(); x <= inWindow.right(); ++x)
                    inked += qGray(image.pixel(x, y)) < qGray(base.rgb()) - 60 ? 1 : 0;
            }
            QVERIFY2(inked > 20, qPrintable(QStringLiteral("row %1 of the playlist shows no text").arg(row)));
        }
        // In the sidebar's narrow song table too, the title is never narrower than the artist and the time is
        // in sight, in either language.
        QTreeView* songs = window.savedPlaylistsPane()->songs()->view();
        const QHeaderView* header = songs->header();
        QVERIFY2(header->sectionSize(SavedSongsModel::Title) >= header->sectionSize(SavedSongsModel::Artist),
                 qPrintable(QStringLiteral("title %1, artist %2")
                                .arg(header->sectionSize(SavedSongsModel::Title))
                                .arg(header->sectionSize(SavedSongsModel::Artist))));
        const int timeEnd = header->sectionViewportPosition(SavedSongsModel::Duration) +
                            header->sectionSize(SavedSongsModel::Duration);
        QVERIFY2(
            timeEnd <= songs->viewport()->width(),
            qPrintable(QStringLiteral("time ends at %1 of %2").arg(timeEnd).arg(songs->viewport()->width())));
        // A listener rests the pointer on a song to read why it is there: the picture shows that tooltip, as
        // the desktop would draw it over the window.
        QImage shown = image;
        const QModelIndex why = playlistView->model()->index(3, 1);
        const QString explanation = why.data(Qt::ToolTipRole).toString();
        QVERIFY2(explanation.contains(russian ? QStringLiteral("Как «") : QStringLiteral("Like “")),
                 qPrintable(explanation));
        const QRect row = playlistView->visualRect(why);
        const QPoint pointer =
            playlistView->viewport()->mapToGlobal(row.center() - QPoint(row.width() / 4, 0));
        QToolTip::showText(pointer, explanation, playlistView->viewport());
        QWidget* tip = nullptr;
        QTRY_VERIFY((tip = visibleToolTip()) != nullptr);
        {
            // Where Qt puts a tooltip on a screen wide enough: just below and right of the pointer (the
            // offscreen screen is smaller than the window, so its own placement is pushed aside).
            QPainter painter(&shown);
            painter.drawPixmap(window.mapFromGlobal(pointer) + QPoint(2, 16), tip->grab());
        }
        QToolTip::hideText();
        const QString out = outputFile(language);
        QVERIFY2(shown.save(out), qPrintable(out));
        qInfo("Saved %s", qPrintable(out));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
