#include "core/library/LibraryScanner.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/AudioAnalysis.h"
#include "core/service/Library.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/ui/DemoLibrary.h"
#include "ui/FirstRunDialog.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/PlayerBar.h"
#include "ui/SeedList.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoLibrary m_demo;
    QString m_scannedDb;
    int m_count = 0;

    // A fresh copy of the scanned demo library and a fresh settings file per test.
    struct Files
    {
        QString db;
        QString settings;
    };
    Files freshFiles()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_count));
        QDir().mkpath(folder);
        Files files{folder + QStringLiteral("/library.db"), folder + QStringLiteral("/settings.conf")};
        QFile::copy(m_scannedDb, files.db);
        return files;
    }

    static void waitUntilSettled(MainWindow& window)
    {
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.library().isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(!window.library().isScanning(), 20000);
        // The scan is followed by the background analysis of its new tracks, which reports when it ends.
        QTRY_VERIFY_WITH_TIMEOUT(!window.analysis().isRunning(), 60000);
    }

    static std::vector<std::int64_t> ids(MainWindow& window, const QStringList& titles)
    {
        std::vector<std::int64_t> found;
        const auto catalog = window.library().catalog();
        for (const QString& title : titles) {
            for (int i = 0; i < catalog->size(); ++i) {
                if (catalog->at(i).title == title)
                    found.push_back(catalog->at(i).id);
            }
        }
        return found;
    }

    static void setPlaylist(MainWindow& window, const QStringList& titles)
    {
        std::vector<PlaylistEntry> entries;
        for (const std::int64_t id : ids(window, titles))
            entries.push_back({*window.library().catalog()->find(id), 0.75, id, QStringLiteral("because")});
        window.playlist().setEntries(std::move(entries));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.write(m_dir.filePath(QStringLiteral("Music"))));
        m_scannedDb = m_dir.filePath(QStringLiteral("scanned.db"));
        LibraryScanner(m_scannedDb).scan({m_demo.folder()});
    }

    void firstRunAsksForTheMusicFolderAndScansIt()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("first/library.db")),
                          m_dir.filePath(QStringLiteral("first/settings.conf")));
        window.show();
        QTRY_VERIFY(window.findChild<FirstRunDialog*>());
        auto* dialog = window.findChild<FirstRunDialog*>();
        QTRY_VERIFY(dialog->isVisible());
        dialog->setFolder(m_demo.folder());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(window.library().catalog()->size(), int(m_demo.songs().size()), 20000);
        QTRY_COMPARE(window.libraryView()->tableModel().matchCount(), int(m_demo.songs().size()));
        QCOMPARE(window.library().folders(), QStringList{m_demo.folder()});
    }

    void laterStartsOpenAtOnceAndRescanInTheBackground()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        QSignalSpy scanned(&window.library(), &Library::scanFinished);
        window.show();
        QTRY_COMPARE(window.libraryView()->tableModel().matchCount(), int(m_demo.songs().size()));
        QVERIFY(!window.findChild<FirstRunDialog*>());
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 1, 20000);
    }

    void reportsAnUnusableDatabaseWithoutADialog()
    {
        const QString db = m_dir.filePath(QStringLiteral("bad.db"));
        QVERIFY(writeFile(db, QByteArray(4096, 'x')));
        MainWindow window(db, m_dir.filePath(QStringLiteral("bad.conf")));
        window.show();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("not a Soundalike library")));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    void restoresSeedsPlaylistPositionVolumeAndLayoutAfterARestart()
    {
        const Files files = freshFiles();
        QList<int> splitterSizes;
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            window.seedList()->addTracks(ids(window, {"Gold", "Neon Rain"}));
            setPlaylist(window, {"Voltage", "Ember", "Woodsmoke"});
            window.player().playRow(1);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
            window.player().seek(4000);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().position() >= 4000, 10000);
            window.player().pause();
            window.playerBar()->volumeSlider()->setValue(37);
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            splitter->setSizes({400, 880});
            splitterSizes = splitter->sizes();
            window.close();
        }
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QCOMPARE(window.seedList()->seedIds(), ids(window, {"Gold", "Neon Rain"}));
        QCOMPARE(window.playlist().size(), 3);
        QCOMPARE(window.playlist().at(2).track.title, QStringLiteral("Woodsmoke"));
        QCOMPARE(window.playlist().at(2).similarity, 0.75);
        QCOMPARE(window.playlist().at(2).why, QStringLiteral("because"));
        QCOMPARE(window.playlist().current(), 1);
        QVERIFY(!window.player().isPlaying()); // restored paused
        QVERIFY2(window.player().position() >= 4000 && window.player().position() < 6000,
                 qPrintable(QString::number(window.player().position())));
        QCOMPARE(window.playerBar()->volumeSlider()->value(), 37);
        QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
        QVERIFY(window.playerBar()->titleLabel()->text().contains(QLatin1String("Ember")));
        window.player().play();
        QTRY_VERIFY_WITH_TIMEOUT(window.player().position() > 4000, 10000);
    }

    void spaceAndMediaKeysControlPlayback()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        setPlaylist(window, {"Voltage", "Ember"});
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        QCOMPARE(window.playlist().current(), 0);
        // Media keys carry no text; QTest::keyClick would insist on one.
        QTest::sendKeyEvent(QTest::Click, &window, Qt::Key_MediaNext, QString(), Qt::NoModifier);
        QTRY_COMPARE(window.playlist().current(), 1);
        QTest::sendKeyEvent(QTest::Click, &window, Qt::Key_MediaTogglePlayPause, QString(), Qt::NoModifier);
        QTRY_VERIFY(!window.player().isPlaying());
        // Typing a space in the filter box filters; it does not toggle playback.
        window.libraryView()->filterBox()->setFocus();
        QTest::keyClicks(window.libraryView()->filterBox(), QStringLiteral("neon rain"));
        QCOMPARE(window.libraryView()->filterBox()->text(), QStringLiteral("neon rain"));
        QVERIFY(!window.player().isPlaying());
    }

    void skipsAMissingFileWithAStatusMessage()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        setPlaylist(window, {"Voltage", "Ember"});
        PlaylistEntry missing = window.playlist().at(0);
        missing.track.title = QStringLiteral("Vanished");
        missing.track.path = toFilePath(m_dir.filePath(QStringLiteral("gone.mp3")));
        window.playlist().insert(0, {missing});
        window.player().playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(window.playlist().current(), 1, 10000);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Vanished")));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
    }

    void settingsApplyFoldersAndPreferences()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        const QString more = m_dir.filePath(QStringLiteral("More"));
        QVERIFY(writeMp3(more + QStringLiteral("/extra.mp3")));
        SettingsDialog dialog(window.library(), window.settings(), &window);
        QCOMPARE(dialog.folders(), QStringList{m_demo.folder()});
        auto* list = dialog.findChild<QListWidget*>();
        list->addItem(more);
        dialog.findChild<QCheckBox*>(QStringLiteral("autoPlay"))->setChecked(false);
        dialog.findChild<QSpinBox*>(QStringLiteral("analysisThreads"))->setValue(1);
        dialog.apply();
        QTRY_COMPARE_WITH_TIMEOUT(window.library().folders().size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.library().catalog()->size(), int(m_demo.songs().size()) + 1, 20000);
        QVERIFY(!window.settings().autoPlay());
        QCOMPARE(window.settings().analysisThreads(), 1);
        // Removing a folder forgets its tracks.
        delete list->takeItem(1);
        dialog.apply();
        QTRY_COMPARE_WITH_TIMEOUT(window.library().catalog()->size(), int(m_demo.songs().size()), 20000);
    }

    void generateRunsInTheBackgroundAndReportsTheOutcome()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QPushButton* generate = window.generateControls()->generateButton();
        QVERIFY(!generate->isEnabled()); // no seeds yet
        window.seedList()->addTracks(ids(window, {"Neon Rain"}));
        QVERIFY(generate->isEnabled());
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        const auto result = finished.at(0).at(0).value<PlaylistResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.entries.empty());
        QVERIFY(std::none_of(result.entries.begin(), result.entries.end(), [&](const PlaylistEntry& e) {
            return e.track.title == QLatin1String("Neon Rain");
        }));
        QVERIFY(!result.entries.front().why.isEmpty());
        QTRY_VERIFY(!window.playlist().isEmpty());
        QVERIFY(!window.player().source().isEmpty()); // auto-play: the player has the first track
        QVERIFY(generate->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
