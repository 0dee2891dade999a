#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LoudnessLevels.h"
#include "core/service/PlayStatistics.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "core/service/jobs/JobQueue.h"
#include "core/service/radio/ListeningLog.h"
#include "core/service/radio/RadioSession.h"
#include "core/storage/Database.h"
#include "core/storage/ListeningStore.h"
#include "tests/ui/CatalogTitles.h"
#include "tests/ui/Mnemonics.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "tests/ui/WindowSettling.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/PlayerBar.h"
#include "ui/PlaylistModel.h"
#include "ui/PlaylistView.h"
#include "ui/RadioControls.h"
#include "ui/SeedList.h"
#include "ui/SettingsDialog.h"
#include "ui/UiLanguage.h"
#include "ui/map/MapPane.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <set>

using namespace soundalike;
using namespace soundalike::test;

// The radio switch, "More Like This", the listening history and volume levelling, in the real window over
// the demo library.
class TestRadioControls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_scanned;

    static std::vector<std::int64_t> ids(MainWindow& window, const QStringList& titles)
    {
        return idsOf(*window.library().catalog(), titles);
    }

    static QAction* menuAction(MainWindow& window, const QString& objectName)
    {
        for (QAction* top : window.menuBar()->actions()) {
            for (QAction* a : top->menu()->actions()) {
                if (a->objectName() == objectName)
                    return a;
            }
        }
        return nullptr;
    }

    // Generates `length` songs from the seeds with these titles, as the Generate button does.
    static PlaylistResult generate(MainWindow& window, const QStringList& seeds, int length)
    {
        window.seedList()->addTracks(ids(window, seeds));
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->setValue(length);
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        if (!finished.wait(20000)) {
            PlaylistResult none;
            none.error = QStringLiteral("no playlist");
            return none;
        }
        return finished.at(0).at(0).value<PlaylistResult>();
    }

    // A first session in the real window, whose history a later one shows: a list generated from "Neon Rain"
    // plays, its first song (`skippedId`) is skipped early until the skip is counted, `then` has the window,
    // and the listening history is written out. A QTest failure inside, or in `then`, marks the calling test
    // failed.
    void skipTheFirstSongInASession(const ScannedDemoLibrary::Copy& files, std::int64_t& skippedId,
                                    const std::function<void(MainWindow&)>& then)
    {
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QVERIFY(generate(window, {"Neon Rain"}, 4).error.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        skippedId = window.player().track()->id;
        window.player().next();
        QTRY_COMPARE(window.application().plays().of(skippedId).skips, 1);
        then(window);
        if (QTest::currentTestFailed())
            return;
        window.radio()->log().flush();
        window.close();
    }

private slots:
    void initTestCase() { QVERIFY(m_scanned.prepare(m_dir.filePath(QStringLiteral("scanned")))); }

    // The switch in the window and the Playback menu's entry are one setting, with its shortcut shown, kept
    // for the next start.
    void theSwitchTheMenuAndTheShortcutAreOneSettingThatIsKept()
    {
        const auto files = m_scanned.freshCopy();
        {
            MainWindow window(files.db, files.settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QToolButton* box = window.radio()->radioSwitch();
            QVERIFY(window.playerBar()->isAncestorOf(box) && box->isVisible());
            QAction* action = menuAction(window, QStringLiteral("radioAction"));
            QVERIFY(action);
            QVERIFY(!action->shortcut().isEmpty());
            QVERIFY(!box->isChecked() && !action->isChecked());
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            QVERIFY(box->isChecked() && action->isChecked());
            QVERIFY(window.radio()->session().isEnabled());
            QVERIFY(window.settings().radio());
            window.activateWindow();
            QTest::keySequence(&window, action->shortcut());
            QVERIFY(!box->isChecked() && !action->isChecked());
            QVERIFY(!window.radio()->session().isEnabled());
            QTest::keySequence(&window, action->shortcut());
            QVERIFY(box->isChecked());
            QVERIFY(menuAction(window, QStringLiteral("moreLikeThis")));
            window.close();
        }
        MainWindow window(files.db, files.settings);
        QVERIFY(window.radio()->radioSwitch()->isChecked());
        QVERIFY(window.radio()->session().isEnabled());
    }

    // Near its end the playlist grows with songs like the seeds, none already in it, and says so.
    void aShortPlaylistKeepsGrowingWhileItPlays()
    {
        const auto files = m_scanned.freshCopy();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.radio()->radioAction()->setChecked(true);
        const PlaylistResult result = generate(window, {"Neon Rain"}, 3);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QTRY_COMPARE(window.playlist().current(), 0); // auto-play
        QTRY_VERIFY_WITH_TIMEOUT(window.playlist().size() >= 3 + RadioSession::kBatch, 20000);
        std::set<std::int64_t> seen{ids(window, {"Neon Rain"}).front()};
        QStringList titles;
        for (const PlaylistEntry& e : window.playlist().entries())
            titles << e.track.title + QLatin1Char('/') + QString::number(e.seedId);
        for (const PlaylistEntry& e : window.playlist().entries())
            QVERIFY2(seen.insert(e.track.id).second, qPrintable(titles.join(QStringLiteral(", "))));
        QTRY_VERIFY(window.statusBar()->toolTip().contains(QStringLiteral("Radio added")));
    }

    // The radio goes on from the seeds of the playlist that was made, even when the seed list changed and
    // another request, which fails, started before the window had the first playlist.
    void theRadioFollowsTheSeedsOfThePlaylistMade()
    {
        const auto files = m_scanned.freshCopy();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.radio()->radioAction()->setChecked(true);
        const std::vector<std::int64_t> neonRain = ids(window, {"Neon Rain"});
        window.seedList()->setSeeds(neonRain);
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        window.seedList()->setSeeds(ids(window, {"Last Exit"}));
        PlaylistRequest unknown;
        unknown.seeds = {987654321};
        window.builder().generate(unknown);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(finished.at(1).at(0).value<PlaylistResult>().error.size() > 0);
        QTRY_VERIFY(window.playlist().size() > 0);
        QCoreApplication::processEvents();
        QCOMPARE(window.radio()->session().taste().anchors(), neonRain);
    }

    // Skipping a song early is "fewer like it" in the status bar, and the database counts the skip;
    // "More Like This" is in the playlist's context menu with its shortcut.
    void skipsAndMoreLikeThisSteerItAndAreCounted()
    {
        const auto files = m_scanned.freshCopy();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.radio()->radioAction()->setChecked(true);
        QVERIFY(generate(window, {"Neon Rain"}, 6).error.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        const Track skipped = *window.player().track();
        window.player().next();
        QTRY_VERIFY(
            window.statusBar()->toolTip().contains(QStringLiteral("fewer like “%1”").arg(skipped.title)));
        window.radio()->log().flush();
        {
            Database db(files.db);
            QCOMPARE(ListeningStore(db).stats(skipped.id).skips, 1);
        }

        QTreeView* view = window.playlistView()->view();
        view->setFocus();
        view->selectionModel()->select(window.playlistView()->model().index(2, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString liked = window.playlist().at(2).track.title;
        QStringList entries;
        QTimer::singleShot(0, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* a : menu->actions())
                entries << QString(a->text()).remove(QLatin1Char('&')) + QLatin1Char('\t') +
                               a->shortcut().toString();
            QAction* more = menu->findChild<QAction*>(QStringLiteral("moreLikeThis"));
            for (QAction* a : menu->actions()) {
                if (a->objectName() == QLatin1String("moreLikeThis"))
                    more = a;
            }
            QVERIFY(more);
            more->trigger();
            menu->close();
        });
        const QRect row = view->visualRect(window.playlistView()->model().index(2, 0));
        emit view->customContextMenuRequested(row.center());
        QVERIFY2(!entries.filter(QStringLiteral("More Like This\tCtrl+L")).isEmpty(),
                 qPrintable(entries.join(' ')));
        QTRY_VERIFY(window.statusBar()->toolTip().contains(QStringLiteral("more like “%1”").arg(liked)));
        QCOMPARE(window.radio()->session().taste().anchors().front(), window.playlist().at(2).track.id);
    }

    // A song skipped early and one heard through are counted in the library's Plays, Skips and Last Played
    // columns at once, which the header's column chooser offers and which sort; a restart reads them back.
    void playStatisticsShowInTheLibrary()
    {
        const auto files = m_scanned.freshCopy();
        std::int64_t skippedId = 0;
        skipTheFirstSongInASession(files, skippedId, [&](MainWindow& window) {
            QVERIFY(window.application().plays().of(skippedId).lastPlayedAt > 0);

            QTableView* table = window.libraryView()->table();
            QHeaderView* header = table->horizontalHeader();
            QVERIFY(header->isSectionHidden(LibraryModel::Skips));
            QStringList offered;
            QTimer::singleShot(0, this, [&] {
                auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction* a : menu->actions()) {
                    offered << a->text();
                    if (a->text() == QLatin1String("Skips"))
                        a->trigger();
                }
                menu->close();
            });
            emit header->customContextMenuRequested(QPoint(10, header->height() / 2));
            QVERIFY2(offered.contains("Plays") && offered.contains("Skips") &&
                         offered.contains("Last Played"),
                     qPrintable(offered.join(' ')));
            QVERIFY(!header->isSectionHidden(LibraryModel::Skips));
            table->sortByColumn(LibraryModel::Skips, Qt::DescendingOrder);
            LibraryModel& model = window.libraryView()->tableModel();
            QCOMPARE(model.trackAt(0).id, skippedId);
            QCOMPARE(model.index(0, LibraryModel::Skips).data().toString(), QStringLiteral("1"));
            QVERIFY(!model.index(0, LibraryModel::LastPlayed).data().toString().isEmpty());
            QCOMPARE(model.index(1, LibraryModel::Skips).data().toString(), QString());
        });
        if (QTest::currentTestFailed())
            return;
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QTRY_COMPARE(window.application().plays().of(skippedId).skips, 1);
    }

    // The map's "played recently" colours come from the stored listening history: a song skipped in one
    // session is "Today" on the map in the next, before anything plays; a song started then joins it at once.
    void theMapShowsPlaysFromEarlierSessions()
    {
        const auto files = m_scanned.freshCopy();
        std::int64_t skippedId = 0;
        skipTheFirstSongInASession(files, skippedId, [](MainWindow& window) { window.player().stop(); });
        if (QTest::currentTestFailed())
            return;
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"))->setCurrentWidget(window.mapPane());
        const MapScene& scene = window.mapPane()->view()->scene();
        const auto pointOf = [&scene](std::int64_t id) {
            const auto& points = scene.points();
            const auto it =
                std::find_if(points.begin(), points.end(), [id](const MapPoint& p) { return p.id == id; });
            return it == points.end() ? -1 : int(it - points.begin());
        };
        QTRY_VERIFY_WITH_TIMEOUT(pointOf(skippedId) >= 0, 60000);
        auto* colourBy = window.mapPane()->findChild<QComboBox*>();
        colourBy->setCurrentIndex(colourBy->findText(QStringLiteral("Played recently")));
        enum
        {
            Today = 0,
            Never = 4
        };
        QTRY_COMPARE(int(scene.colours().category[std::size_t(pointOf(skippedId))]), int(Today));
        QVERIFY(scene.colours().legend[Never].count > 0);

        std::int64_t freshId = 0;
        for (std::size_t i = 0; i < scene.points().size() && freshId == 0; ++i) {
            if (scene.colours().category[i] == Never)
                freshId = scene.points()[i].id;
        }
        QVERIFY(freshId != 0);
        window.player().playNow({{*window.library().catalog()->find(freshId), -1, 0, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        QTRY_COMPARE(int(scene.colours().category[std::size_t(pointOf(freshId))]), int(Today));
    }

    // Levelling is on unless turned off in Settings, and the player looks each track's gain up in memory.
    void levellingFollowsTheSetting()
    {
        const auto files = m_scanned.freshCopy();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        // The table as the finished loudness pass left it, so no reload changes the gain under the test.
        QTRY_VERIFY_WITH_TIMEOUT(window.application().jobs().isIdle(), 60000);
        QSignalSpy reloaded(&window.application().loudness(), &LoudnessLevels::reloaded);
        window.application().loudness().reload();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(window.application().loudness().knownTracks() > 0);
        std::vector<PlaylistEntry> entries;
        for (const std::int64_t id : ids(window, {"Neon Rain", "Voltage"}))
            entries.push_back({*window.library().catalog()->find(id), -1, 0, {}});
        window.playlist().setEntries(entries);
        window.player().cue(0, 0);
        const double gain = window.player().gainDb();
        QVERIFY(gain != 0.0);
        SettingsDialog dialog(window.application(), &window);
        auto* level = dialog.findChild<QCheckBox*>(QStringLiteral("levelLoudness"));
        QVERIFY(level && level->isChecked());
        // The tooltip names the level this library is brought to.
        const double target = window.application().loudness().targetLufs();
        QVERIFY(level->toolTip().contains(dialog.locale().toString(target, 'f', 1)));
        level->setChecked(false);
        dialog.apply();
        QCOMPARE(window.player().gainDb(), 0.0); // at once, for the song already playing
        QVERIFY(!window.settings().levelLoudness());
        level->setChecked(true);
        dialog.apply();
        QCOMPARE(window.player().gainDb(), gain);
        // Song notifications are on until turned off here (SongNotifier asks the setting at each song).
        auto* notify = dialog.findChild<QCheckBox*>(QStringLiteral("songNotifications"));
        QVERIFY(notify && notify->isChecked());
        notify->setChecked(false);
        dialog.apply();
        QVERIFY(!window.settings().songNotifications());
        // The tray icon is on and keeping the app in the tray off until chosen. Offscreen there is no tray,
        // so the second is greyed, with the tooltip saying why: a window hidden on closing could not come
        // back.
        auto* tray = dialog.findChild<QCheckBox*>(QStringLiteral("trayIcon"));
        auto* keep = dialog.findChild<QCheckBox*>(QStringLiteral("keepRunningInTray"));
        QVERIFY(tray && tray->isChecked());
        QVERIFY(keep && !keep->isChecked());
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!keep->isEnabled());
        QCOMPARE(tray->toolTip(), QStringLiteral("This desktop shows no system tray now."));
        tray->setChecked(false);
        keep->setChecked(true);
        dialog.apply();
        QVERIFY(!window.settings().trayIcon());
        QVERIFY(window.settings().keepRunningInTray());
    }

    void settingsSpeakPlainWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Russian") << QStringLiteral("ru");
    }

    // On a small laptop screen (offscreen: 800 × 600) the settings scroll, and OK and Cancel stay on it, with
    // the advanced options open.
    void settingsFitASmallScreen()
    {
        const auto files = m_scanned.freshCopy();
        MainWindow window(files.db, files.settings);
        SettingsDialog dialog(window.application(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QCheckBox*>(QStringLiteral("modelAdvanced"))->setChecked(true);
        QApplication::processEvents();
        const QRect screen = dialog.screen()->availableGeometry();
        QVERIFY2(
            dialog.frameGeometry().height() <= screen.height(),
            qPrintable(QStringLiteral("%1 > %2").arg(dialog.frameGeometry().height()).arg(screen.height())));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons && buttons->isVisible());
        QVERIFY(dialog.rect().contains(QRect(buttons->mapTo(&dialog, QPoint(0, 0)), buttons->size())));
        auto* page = dialog.findChild<QScrollArea*>(QStringLiteral("settingsPage"));
        QVERIFY(page && page->verticalScrollBar()->maximum() > 0);
    }

    // How songs are compared is said in a listener's words; the training's technical options (the loss, the
    // embedding size, the epochs) wait folded under Advanced.
    void settingsSpeakPlainWords()
    {
        QFETCH(QString, language);
        const UiLanguage speaking(language);
        const auto files = m_scanned.freshCopy();
        MainWindow window(files.db, files.settings);
        SettingsDialog dialog(window.application(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* advanced = dialog.findChild<QCheckBox*>(QStringLiteral("modelAdvanced"));
        QVERIFY(advanced && !advanced->isChecked());
        const QStringList technical{QStringLiteral("modelLoss"), QStringLiteral("modelDim"),
                                    QStringLiteral("modelEpochs")};
        for (const QString& name : technical)
            QVERIFY2(!dialog.findChild<QWidget*>(name)->isVisible(), qPrintable(name));
        // Nothing in sight names a loss or the training's jargon.
        QStringList shown;
        for (const QWidget* widget : dialog.findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            if (const auto* label = qobject_cast<const QLabel*>(widget))
                shown << label->text();
            else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
                shown << button->text();
            else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
                shown << group->title();
            else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    shown << combo->itemText(i);
            }
        }
        const QString text = shown.join(QLatin1Char('\n'));
        for (const char* jargon : {"ArcFace", "InfoNCE", "Triplet", "loss", "Epoch", "Эпох", "embedding"})
            QVERIFY2(!text.contains(QLatin1String(jargon), Qt::CaseInsensitive), qPrintable(text));
        auto* signal = dialog.findChild<QComboBox*>(QStringLiteral("modelSignal"));
        QCOMPARE(signal->count(), 2);
        // Folded, no empty frame: every frame in sight holds something in sight.
        for (const QGroupBox* group : dialog.findChildren<QGroupBox*>()) {
            const QList<QWidget*> inside = group->findChildren<QWidget*>();
            QVERIFY2(!group->isVisible() || std::any_of(inside.begin(), inside.end(),
                                                        [](const QWidget* w) { return w->isVisible(); }),
                     qPrintable(group->title()));
        }
        const int width = dialog.width();
        // Unfolded, the options are there, the dialog keeps its width, and the plain choice is what training
        // follows.
        advanced->setChecked(true);
        for (const QString& name : technical)
            QVERIFY2(dialog.findChild<QWidget*>(name)->isVisible(), qPrintable(name));
        QTRY_COMPARE(dialog.width(), width);
        // Every Alt key reaches one box ("Не &повторять" took the key of "&Потоков анализа").
        const QStringList clashes = windowMnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
        signal->setCurrentIndex(signal->findData(int(TrainingSignal::SelfSupervised)));
        dialog.apply();
        QCOMPARE(window.settings().modelOptions().learn.signal, TrainingSignal::SelfSupervised);
    }
};

QTEST_MAIN(TestRadioControls)
#include "tst_radiocontrols.moc"
