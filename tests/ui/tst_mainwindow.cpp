#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "core/search/IndexFile.h"
#include "core/search/StoredIndex.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "core/service/SimilarTracksCache.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/ui/CatalogTitles.h"
#include "tests/ui/DragDrop.h"
#include "tests/ui/LibrarySelection.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "tests/ui/WindowSettling.h"
#include "ui/FirstRunDialog.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryTreeModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/PlayerBar.h"
#include "ui/PlaylistModel.h"
#include "ui/PlaylistView.h"
#include "ui/SeedList.h"
#include "ui/SettingsDialog.h"
#include "ui/StateAutosave.h"
#include "ui/StatusProgress.h"
#include "ui/UiLanguage.h"
#include "ui/map/MapPane.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

using namespace soundalike;
using namespace soundalike::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_scanned;
    const DemoLibrary& m_demo = m_scanned.demo();

    using Files = ScannedDemoLibrary::Copy;
    // A fresh copy of the scanned demo library and a fresh settings file per test.
    Files freshFiles(bool trainAutomatically = true)
    {
        const Files files = m_scanned.freshCopy();
        Settings settings(files.settings);
        ModelOptions options;
        options.trainAutomatically = trainAutomatically;
        settings.setModelOptions(options);
        return files;
    }

    // The vectors the last playlist was generated from, by the index file they left: "embedding-model3".
    static QString embeddingIndexSource(const QString& db)
    {
        const QString path = StoredIndex::pathFor(db, QStringLiteral("embedding"));
        return QFile::exists(path) ? IndexFile::read(path).header.sourceKey : QString();
    }

    static std::int64_t currentModel(const QString& db)
    {
        Database check(db);
        const auto model = ModelStore(check).current(1);
        return model ? model->id : 0;
    }

    static PlaylistResult generate(MainWindow& window)
    {
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        window.generate();
        if (!finished.wait(20000))
            return {{}, {}, QStringLiteral("no playlist"), {}};
        return finished.at(0).at(0).value<PlaylistResult>();
    }

    static std::vector<std::int64_t> ids(MainWindow& window, const QStringList& titles)
    {
        return idsOf(*window.library().catalog(), titles);
    }

    static QString tooltipOf(MainWindow& window, int row)
    {
        return window.playlistView()->model().index(row, 0).data(Qt::ToolTipRole).toString();
    }

    static void setPlaylist(MainWindow& window, const QStringList& titles)
    {
        std::vector<PlaylistEntry> entries;
        for (const std::int64_t id : ids(window, titles))
            entries.push_back({*window.library().catalog()->find(id), 0.75, id, QStringLiteral("because")});
        window.playlist().setEntries(std::move(entries));
    }

private slots:
    // The Music folder is offered even where there is none; scanning waits for a folder that exists, and the
    // dialog says why.
    void theFirstRunDialogWaitsForAFolderThatExists()
    {
        FirstRunDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* scan = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QLabel* missing = nullptr;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->text().startsWith(QLatin1String("There is no folder here")))
                missing = label;
        QVERIFY(missing);
        dialog.setFolder(m_dir.filePath(QStringLiteral("no such folder")));
        QVERIFY(!scan->isEnabled());
        QVERIFY(missing->isVisible());
        dialog.setFolder(m_dir.path());
        QVERIFY(scan->isEnabled());
        QVERIFY(!missing->isVisible());
    }

    void initTestCase() { QVERIFY(m_scanned.prepare(m_dir.filePath(QStringLiteral("scanned")))); }

    void firstRunAsksForTheMusicFolderScansAnalysesAndTrains()
    {
        const UiLanguage english(QStringLiteral("en")); // as the app speaks it: "40 epochs", not "epoch(s)"
        const QString db = m_dir.filePath(QStringLiteral("first/library.db"));
        MainWindow window(db, m_dir.filePath(QStringLiteral("first/settings.conf")));
        QSignalSpy trained(&window.pipeline(), &LibraryPipeline::trainingFinished);
        QStringList trainingStatus;
        connect(&window.jobs(), &JobQueue::progress, this, [&](JobHandle handle) {
            if (handle.kind == Job::Kind::Training)
                trainingStatus << window.statusProgress()->text();
        });
        window.show();
        QTRY_VERIFY(window.findChild<FirstRunDialog*>());
        auto* dialog = window.findChild<FirstRunDialog*>();
        QTRY_VERIFY(dialog->isVisible());
        dialog->setFolder(m_demo.folder());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(window.library().catalog()->size(), int(m_demo.songs().size()), 20000);
        QTRY_COMPARE(window.libraryView()->tableModel().matchCount(), int(m_demo.songs().size()));
        QCOMPARE(window.library().folders(), QStringList{m_demo.folder()});

        // After the scan and the analysis, the first model is trained in the background, with progress.
        QVERIFY(trained.wait(120000));
        const auto outcome = trained.at(0).at(0).value<TrainingOutcome>();
        QVERIFY2(outcome.trained, qPrintable(trained.at(0).at(2).toString()));
        QCOMPARE(outcome.tracks, int(m_demo.songs().size()));
        QVERIFY(!trainingStatus.isEmpty());
        QVERIFY2(trainingStatus.last().contains(QLatin1String("40 of 40 epochs")),
                 qPrintable(trainingStatus.last()));
        // Then each whole song's loudness is measured for volume levelling, and the work is done.
        QTRY_VERIFY_WITH_TIMEOUT(window.jobs().isIdle(), 60000);
        QVERIFY(window.statusProgress()->isHidden());
        QVERIFY(window.statusBar()->toolTip().contains(QLatin1String("New similarity model")));

        // The next playlist grows from the new model's embeddings.
        window.seedList()->addTracks(ids(window, {"Neon Rain"}));
        const PlaylistResult result = generate(window);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.entries.empty());
        QCOMPARE(embeddingIndexSource(db), QStringLiteral("embedding-model%1").arg(outcome.modelId));
    }

    void noTrainingWhenAutomaticTrainingIsOff()
    {
        const Files files = freshFiles(false);
        MainWindow window(files.db, files.settings);
        QSignalSpy started(&window.jobs(), &JobQueue::started);
        window.show();
        waitUntilSettled(window);
        QVERIFY(std::none_of(started.begin(), started.end(), [](const QList<QVariant>& call) {
            return call.at(0).value<JobHandle>().kind == Job::Kind::Training;
        }));
        QCOMPARE(currentModel(files.db), 0);
    }

    void retrainFromSettingsWithTheButtonFollowingTheTraining()
    {
        const Files files = freshFiles(false);
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        SettingsDialog dialog(window.application(), &window);
        auto* retrain = dialog.findChild<QPushButton*>(QStringLiteral("retrainNow"));
        auto* state = dialog.findChild<QLabel*>(QStringLiteral("trainingState"));
        QVERIFY(retrain->isEnabled());
        dialog.findChild<QSpinBox*>(QStringLiteral("modelDim"))->setValue(12);
        dialog.findChild<QSpinBox*>(QStringLiteral("modelEpochs"))->setValue(1000);
        QSignalSpy finished(&window.pipeline(), &LibraryPipeline::trainingFinished);
        QTest::mouseClick(retrain, Qt::LeftButton);
        QVERIFY(!retrain->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("of 1000")), 60000);
        QVERIFY(!retrain->isEnabled());
        QVERIFY2(window.statusProgress()->text().contains(QLatin1String("Training the similarity model")),
                 qPrintable(window.statusProgress()->text()));
        QVERIFY(finished.wait(120000));
        QVERIFY(retrain->isEnabled());
        QVERIFY2(state->text().contains(QLatin1String("Done")), qPrintable(state->text()));
        // The options used are kept, and the model is the one the next playlist uses.
        QCOMPARE(window.settings().modelOptions().learn.dim, 12);
        const std::int64_t model = currentModel(files.db);
        QVERIFY(model > 0);
        {
            Database check(files.db);
            QCOMPARE(ModelStore(check).current(1)->options.value(QStringLiteral("dim")).toInt(), 12);
        }
        window.seedList()->addTracks(ids(window, {"Gold"}));
        QVERIFY(generate(window).error.isEmpty());
        QCOMPARE(embeddingIndexSource(files.db), QStringLiteral("embedding-model%1").arg(model));
    }

    void quittingDuringTrainingLeavesAConsistentDatabase()
    {
        const Files files = freshFiles(false);
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            LearnOptions options;
            options.epochs = LearnOptions::kMaxEpochs;
            QSignalSpy progress(&window.jobs(), &JobQueue::progress);
            window.pipeline().train(options);
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(),
                                                 [](const QList<QVariant>& call) {
                                                     return call.at(1).value<JobProgress>().done > 0;
                                                 }),
                                     60000);
            window.close();
        }
        Database check(files.db);
        QVERIFY(check.integrityOk());
        QVERIFY(ModelStore(check).all().empty());
        QCOMPARE(DescriptorStore(check).count(1), int(m_demo.songs().size()));
        QVERIFY(QDir(QFileInfo(files.db).absolutePath() + QStringLiteral("/models")).isEmpty());
    }

    void droppedOutsideFilesAreAnalysedAndEmbeddedBeforeTheyAreSeeds()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        const std::int64_t model = currentModel(files.db);
        QVERIFY(model > 0); // trained after the first analysis

        const QString outside = QFileInfo(files.db).absolutePath() + QStringLiteral("/Downloads/found.mp3");
        Tags tags;
        tags.title = QStringLiteral("Found Sound");
        tags.artist = QStringLiteral("Stranger");
        QVERIFY(writeMp3(outside, {AudioSpec::Wave::Music, 8.0}, tags));
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(outside)});
        QStringList dropStatus;
        connect(&window.jobs(), &JobQueue::started, this, [&](JobHandle handle) {
            if (handle.kind == Job::Kind::Analysis)
                dropStatus << window.statusProgress()->text();
        });
        QVERIFY(simulateDrop(window.seedList()->view(), data, {20, 20}).dropAccepted);
        QTRY_COMPARE_WITH_TIMEOUT(window.seedList()->seedIds().size(), std::size_t(1), 20000);
        QCOMPARE(dropStatus, QStringList{QStringLiteral("Analysing dropped tracks…")});
        QTRY_VERIFY(window.statusProgress()->isHidden());
        const std::int64_t seed = window.seedList()->seedIds().front();
        {
            Database check(files.db);
            QVERIFY(DescriptorStore(check).get(seed, 1));
            QVERIFY(EmbeddingStore(check).missing(model, 1).empty());
        }
        // Its own sound, through the model, picks the playlist: no fallback to tags.
        const PlaylistResult result = generate(window);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.entries.empty());
        QVERIFY2(result.notes.filter(QStringLiteral("tags")).isEmpty(), qPrintable(result.notes.join('\n')));
        QCOMPARE(embeddingIndexSource(files.db), QStringLiteral("embedding-model%1").arg(model));
    }

    // The map's note on the tracks not on it follows the library between maps: songs a scan found are "not
    // analysed yet" at once, not only when the analysis ends and the map places them.
    void theMapCountsTheTracksNotOnItAsTheLibraryChanges()
    {
        const UiLanguage english(QStringLiteral("en"));
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"))->setCurrentWidget(window.mapPane());
        const MapView* map = window.mapPane()->view();
        const int songs = int(m_demo.songs().size());
        QTRY_COMPARE_WITH_TIMEOUT(int(map->scene().points().size()), songs, 20000);
        QCOMPARE(map->coverageText(), QString());

        LibraryPipeline::Policy policy = window.pipeline().policy();
        policy.analyseAfterScan = false;
        window.pipeline().setPolicy(policy);
        const QString more = QFileInfo(files.db).absolutePath() + QStringLiteral("/More");
        for (const int n : {1, 2}) {
            Tags tags;
            tags.title = QStringLiteral("New %1").arg(n);
            QVERIFY(
                writeMp3(more + QStringLiteral("/new%1.mp3").arg(n), {AudioSpec::Wave::Music, 6.0}, tags));
        }
        window.pipeline().scan({toFilePath(more)});
        QTRY_COMPARE_WITH_TIMEOUT(map->coverageText(),
                                  QStringLiteral("2 tracks not on the map: 2 not analysed yet"), 20000);
        window.pipeline().analyse();
        QTRY_COMPARE_WITH_TIMEOUT(int(map->scene().points().size()), songs + 2, 30000);
        QCOMPARE(map->coverageText(), QString());
    }

    void laterStartsOpenAtOnceAndRescanInTheBackground()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        QSignalSpy scanned(&window.pipeline(), &LibraryPipeline::scanFinished);
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
        QTRY_VERIFY(window.statusBar()->toolTip().contains(QLatin1String("not a Soundalike library")));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    // Files renamed or deleted on disk while listed: once the library is scanned again, the renamed song's
    // row plays the file under its new name, and the deleted one's row is greyed and says why.
    void thePlaylistFollowsFilesRenamedOrGoneOnDisk()
    {
        ScannedDemoLibrary own; // its music is changed here, so not the shared folder
        QVERIFY(own.prepare(m_dir.filePath(QStringLiteral("renamed"))));
        const ScannedDemoLibrary::Copy files = own.freshCopy();
        {
            Settings settings(files.settings);
            ModelOptions options;
            options.trainAutomatically = false;
            settings.setModelOptions(options);
        }
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        setPlaylist(window, {"Voltage", "Ember", "Woodsmoke"});
        const Track ember = window.playlist().at(1).track;
        const QString renamed =
            QFileInfo(displayPath(ember.path)).dir().filePath(QStringLiteral("Ember, renamed.mp3"));
        QVERIFY(QFile::rename(displayPath(ember.path), renamed));
        const QString woodsmoke = displayPath(window.playlist().at(2).track.path);
        const QString away = m_dir.filePath(QStringLiteral("Woodsmoke, away.mp3"));
        QVERIFY(QFile::rename(woodsmoke, away));
        QVERIFY(
            writeFile(QFileInfo(renamed).dir().filePath(QStringLiteral("junk.mp3")), QByteArray(4096, 'x')));

        QSignalSpy scanned(&window.pipeline(), &LibraryPipeline::scanFinished);
        QSignalSpy said(window.statusBar(), &QStatusBar::messageChanged);
        static_cast<void>(window.pipeline().scan());
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 1, 30000);
        // The scan says what changed, and only that: no row of zeros before the file it could not read.
        const auto saidIt = [&said] {
            for (const QList<QVariant>& message : said) {
                if (message.at(0).toString().startsWith(QLatin1String("Library scanned")))
                    return message.at(0).toString();
            }
            return QString();
        };
        QTRY_COMPARE(saidIt(),
                     QStringLiteral("Library scanned: 1 moved, 1 removed, 1 could not be read. File "
                                    "▸ Unreadable Files lists them, with the reasons."));
        QTRY_COMPARE(window.playlist().at(1).track.path, toFilePath(renamed));
        QCOMPARE(window.playlist().at(1).track.id, ember.id);
        QTRY_VERIFY(!window.playlist().at(2).track.available);
        const QAbstractItemModel* model = window.playlistView()->view()->model();
        const QModelIndex gone = model->index(2, PlaylistModel::Title);
        QVERIFY(gone.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY2(gone.data(Qt::ToolTipRole).toString().contains(QLatin1String("Not available")),
                 qPrintable(gone.data(Qt::ToolTipRole).toString()));
        QCOMPARE(window.playlist().size(), 3);

        // Put back where it was, the song is a new row of the library, and its playlist row is itself again
        // (it stayed greyed, found by its old id only).
        QVERIFY(QFile::rename(away, woodsmoke));
        static_cast<void>(window.pipeline().scan());
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 2, 30000);
        QTRY_VERIFY(window.playlist().at(2).track.available);
        // Scanned again while the first report still shows: one report counts the changes of both, as the
        // watcher's scans one after another would otherwise each hide the one before.
        const auto lastReport = [&said] {
            QString last;
            for (const QList<QVariant>& message : said) {
                if (message.at(0).toString().startsWith(QLatin1String("Library scanned")))
                    last = message.at(0).toString();
            }
            return last;
        };
        QTRY_COMPARE(lastReport(),
                     QStringLiteral("Library scanned: 1 added, 1 moved, 1 removed, 1 could not be "
                                    "read. File ▸ Unreadable Files lists them, with the reasons."));
        QVERIFY(!model->index(2, PlaylistModel::Title).data(Qt::FontRole).value<QFont>().italic());

        QSignalSpy skipped(&window.player(), &Player::skipped);
        window.player().playRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying() && window.player().position() > 300, 10000);
        QCOMPARE(skipped.count(), 0);
        window.player().stop();

        // Gone again, and the app restarted: the row comes back greyed as the song it was, and a file opened
        // from outside the library comes back too (rows of both were dropped at a restart).
        QVERIFY(QFile::rename(woodsmoke, away));
        static_cast<void>(window.pipeline().scan());
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 3, 30000);
        QTRY_VERIFY(!window.playlist().at(2).track.available);
        PlaylistEntry outside;
        outside.track.path = toFilePath(away);
        outside.track.title = QStringLiteral("From outside");
        window.playlist().insert(3, {outside});
        window.close();
        MainWindow again(files.db, files.settings);
        again.show();
        waitUntilSettled(again);
        QTRY_COMPARE(again.playlist().size(), 4);
        QCOMPARE(again.playlist().at(2).track.title, QStringLiteral("Woodsmoke"));
        QVERIFY(!again.playlist().at(2).track.available);
        const QModelIndex restored = again.playlistView()->view()->model()->index(2, PlaylistModel::Title);
        QVERIFY(restored.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(again.playlist().at(3).track.path, toFilePath(away));
        QCOMPARE(again.playlist().at(3).track.title, QStringLiteral("From outside"));
        QVERIFY(again.playlist().at(3).track.available);
    }

    void restoresSeedsPlaylistQueuePositionVolumeMuteAndLayoutAfterARestart()
    {
        const Files files = freshFiles();
        QList<int> splitterSizes;
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            window.seedList()->addTracks(ids(window, {"Gold", "Neon Rain"}));
            setPlaylist(window, {"Voltage", "Ember", "Woodsmoke"});
            PlaylistRequest recipe;
            recipe.seeds = ids(window, {"Gold"});
            recipe.count = 12;
            window.history().setOrigin({QStringLiteral("Mix from “Gold”"), 0, QVariant::fromValue(recipe)});
            window.player().playRow(1);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
            window.player().seek(4000);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().position() >= 4000, 10000);
            window.player().pause();
            window.playerBar()->volumeSlider()->setValue(37);
            window.playerBar()->muteButton()->click();
            PlaylistEntry gold;
            gold.track = *window.library().catalog()->find(ids(window, {"Gold"}).front());
            window.player().enqueue({gold});
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            splitter->setSizes({400, 880});
            splitterSizes = splitter->sizes();
            window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"))->setCurrentIndex(1); // the map
            auto* colourBy = window.mapPane()->findChild<QComboBox*>();
            colourBy->setCurrentIndex(colourBy->findText(QStringLiteral("Decade")));
            emit colourBy->activated(colourBy->currentIndex());
            window.close();
        }
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            QCOMPARE(window.seedList()->seedIds(), ids(window, {"Gold", "Neon Rain"}));
            QTRY_COMPARE(window.playlist().size(), 3);
            QCOMPARE(window.playlist().at(2).track.title, QStringLiteral("Woodsmoke"));
            QCOMPARE(window.playlist().at(2).similarity, 0.75);
            // Where it came from, recipe and all: saved now, it can still be made afresh.
            QCOMPARE(window.history().origin().title, QStringLiteral("Mix from “Gold”"));
            QVERIFY(window.history().origin().recipe.canConvert<PlaylistRequest>());
            const PlaylistRequest restored = window.history().origin().recipe.value<PlaylistRequest>();
            QCOMPARE(restored.count, 12);
            QCOMPARE(restored.seeds, ids(window, {"Gold"}));
            // The saved "because" is explained again (setPlaylist made each track its own seed).
            QVERIFY2(tooltipOf(window, 2).contains(QStringLiteral("Like “Woodsmoke”: ")),
                     qPrintable(tooltipOf(window, 2)));
            QCOMPARE(window.playlist().current(), 1);
            QVERIFY(!window.player().isPlaying()); // restored paused
            QVERIFY2(window.player().position() >= 4000 && window.player().position() < 6000,
                     qPrintable(QString::number(window.player().position())));
            QCOMPARE(window.playerBar()->volumeSlider()->value(), 37);
            // Up next and the mute come back too.
            QVERIFY(window.player().isMuted());
            QVERIFY(window.playerBar()->muteButton()->isChecked());
            QCOMPARE(window.player().queue().size(), 1);
            QCOMPARE(window.player().queue().at(0).track.title, QStringLiteral("Gold"));
            window.player().setMuted(false);
            QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
            QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"))->currentIndex(), 1);
            // The map's colours as the listener chose them, not as the library's tags would.
            QCOMPARE(window.mapPane()->findChild<QComboBox*>()->currentText(), QStringLiteral("Decade"));
            QVERIFY(window.playerBar()->titleLabel()->text().contains(QLatin1String("Ember")));
            window.player().play();
            QTRY_VERIFY_WITH_TIMEOUT(window.player().position() > 4000, 10000);
        }
        // Restarted in another language: the playlist made in English reads in Russian.
        const UiLanguage russian(QStringLiteral("ru"));
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QTRY_COMPARE(window.playlist().size(), 3);
        QVERIFY2(tooltipOf(window, 2).contains(QStringLiteral("Как «Woodsmoke»: ")),
                 qPrintable(tooltipOf(window, 2)));
    }

    // Killed, crashed or logged out, the window never closes: what it would have saved is on disk already,
    // written while it ran (StateAutosave), and the next start comes back to it.
    void aWindowThatNeverClosedComesBackToWhereItWas()
    {
        const Files files = freshFiles();
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            window.seedList()->addTracks(ids(window, {"Gold"}));
            setPlaylist(window, {"Voltage", "Ember", "Woodsmoke"});
            window.player().playRow(2);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
            window.player().seek(3000);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().position() >= 3000, 10000);
            window.player().pause();
            window.playerBar()->volumeSlider()->setValue(41);
            const auto onDisk = [&files] {
                const Settings saved(files.settings);
                const SessionState session = saved.session(files.db);
                return session.seeds.size() == 1 && session.playlist.size() == 3 && session.current == 2 &&
                       session.positionMs >= 3000 && saved.volume() < 0.5;
            };
            QVERIFY(!onDisk()); // nothing of it is saved at once
            QTRY_VERIFY_WITH_TIMEOUT(onDisk(), 3 * StateAutosave::kSettleMs + 5000);
            // Gone without closeEvent(), as a killed process is.
        }
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QCOMPARE(window.seedList()->seedIds(), ids(window, {"Gold"}));
        QTRY_COMPARE(window.playlist().size(), 3);
        QCOMPARE(window.playlist().current(), 2);
        QVERIFY2(window.player().position() >= 3000 && window.player().position() < 5000,
                 qPrintable(QString::number(window.player().position())));
        QCOMPARE(window.playerBar()->volumeSlider()->value(), 41);
    }

    void spaceAndMediaKeysControlPlayback()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        setPlaylist(window, {"Voltage", "Ember"});
        window.activateWindow();
        QCOMPARE(window.windowTitle(), QStringLiteral("Soundalike"));
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        QCOMPARE(window.playlist().current(), 0);
        // The song playing names the window, for the taskbar and Alt+Tab.
        QCOMPARE(window.windowTitle(), QStringLiteral("Voltage – ") + window.playlist().at(0).track.artist);
        // Media keys carry no text; QTest::keyClick would insist on one.
        QTest::sendKeyEvent(QTest::Click, &window, Qt::Key_MediaNext, QString(), Qt::NoModifier);
        QTRY_COMPARE(window.playlist().current(), 1);
        QTest::sendKeyEvent(QTest::Click, &window, Qt::Key_MediaTogglePlayPause, QString(), Qt::NoModifier);
        QTRY_VERIFY(!window.player().isPlaying());
        // After a click on the Library or Map tab, or in a list, Space still plays and pauses.
        auto* tabBar = window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"))->tabBar();
        for (const int tab : {1, 0}) {
            QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(tab).center());
            const bool was = window.player().isPlaying();
            QWidget* focused = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            QTest::keyClick(focused, Qt::Key_Space);
            QTRY_VERIFY2(
                window.player().isPlaying() != was,
                qPrintable(
                    QStringLiteral("tab %1, focus on %2").arg(tab).arg(focused->metaObject()->className())));
        }
        window.player().pause();
        QTRY_VERIFY(!window.player().isPlaying());
        // Ctrl+F from the map brings the Library tab forward with its filter focused: typed unseen behind the
        // map, the filter only dimmed it.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("libraryTabs"));
        tabs->setCurrentIndex(1);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.libraryView());
        QTRY_COMPARE(QApplication::focusWidget(), window.libraryView()->filterBox());
        // Typing a space in the filter box filters; it does not toggle playback.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("neon rain"));
        QCOMPARE(window.libraryView()->filterBox()->text(), QStringLiteral("neon rain"));
        QVERIFY(!window.player().isPlaying());
    }

    // The playlist's Clear is a step of the playlist history: Back (Alt+Left) brings the list back with its
    // song playing on, Forward (Alt+Right) empties it again.
    // A new list made while a song plays follows that song, which is in none of its rows; quit meanwhile, the
    // next start cues that song where it stood, with the new list after it.
    void aSongPlayingOnBeforeANewListComesBackAfterARestart()
    {
        const Files files = freshFiles();
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            setPlaylist(window, {"Voltage", "Ember"});
            window.player().playRow(1);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
            window.player().seek(3000);
            QTRY_VERIFY_WITH_TIMEOUT(window.player().position() >= 3000, 10000);
            window.seedList()->addTracks(ids(window, {"Gold"}));
            window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->setValue(4);
            const PlaylistResult result = generate(window);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QTRY_COMPARE(window.playlist().size(), 4);
            QCOMPARE(window.playlist().current(), -1); // Ember plays on, in no row of the new list
            QCOMPARE(window.player().track()->title, QStringLiteral("Ember"));
            window.close();
        }
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QTRY_COMPARE(window.playlist().size(), 5);
        QCOMPARE(window.playlist().current(), 0);
        QCOMPARE(window.playlist().at(0).track.title, QStringLiteral("Ember"));
        QVERIFY(window.player().track() && window.player().track()->title == QLatin1String("Ember"));
        QVERIFY2(window.player().position() >= 3000, qPrintable(QString::number(window.player().position())));
        QVERIFY(!window.player().isPlaying());
    }

    void backUndoesClearingThePlaylist()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        setPlaylist(window, {"Voltage", "Ember", "Neon Rain"});
        window.player().playRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.player().isPlaying(), 10000);
        const auto titles = [&window] {
            QStringList out;
            for (const PlaylistEntry& entry : window.playlist().entries())
                out << entry.track.title;
            return out;
        };
        const QStringList full = titles();
        QToolButton* clear = nullptr;
        for (auto* button : window.playlistView()->findChildren<QToolButton*>()) {
            if (button->defaultAction() &&
                button->defaultAction()->objectName() == QLatin1String("clearPlaylist"))
                clear = button;
        }
        QVERIFY(clear && clear->isVisible() && clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(window.playlist().isEmpty());
        QVERIFY(!clear->isEnabled());
        QVERIFY2(window.statusBar()->toolTip().contains(QLatin1String("Playlist cleared (3 ")),
                 qPrintable(window.statusBar()->toolTip()));
        QVERIFY(window.history().canGoBack());

        window.activateWindow();
        QTest::keySequence(&window, QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(titles(), full);
        QCOMPARE(window.playlist().current(), 1);
        QVERIFY(window.player().isPlaying());
        QCOMPARE(window.player().track()->title, full[1]);
        QVERIFY(clear->isEnabled());

        QTest::keySequence(&window, QKeySequence(Qt::ALT | Qt::Key_Right));
        QVERIFY(window.playlist().isEmpty());
        QTest::keySequence(&window, QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(titles(), full);
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
        QVERIFY(window.statusBar()->toolTip().contains(QLatin1String("Vanished")));
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
        SettingsDialog dialog(window.application(), &window);
        QCOMPARE(dialog.folders(), QStringList{m_demo.folder()});
        auto* list = dialog.findChild<QListWidget*>();
        list->addItem(more);
        dialog.findChild<QCheckBox*>(QStringLiteral("autoPlay"))->setChecked(false);
        dialog.findChild<QSpinBox*>(QStringLiteral("analysisThreads"))->setValue(1);
        auto* loss = dialog.findChild<QComboBox*>(QStringLiteral("modelLoss"));
        loss->setCurrentIndex(loss->findText(QStringLiteral("Triplet")));
        dialog.findChild<QSpinBox*>(QStringLiteral("modelEpochs"))->setValue(7);
        dialog.findChild<QCheckBox*>(QStringLiteral("trainAutomatically"))->setChecked(false);
        dialog.apply();
        QTRY_COMPARE_WITH_TIMEOUT(window.library().folders().size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.library().catalog()->size(), int(m_demo.songs().size()) + 1, 20000);
        QVERIFY(!window.settings().autoPlay());
        QCOMPARE(window.settings().analysisThreads(), 1);
        QCOMPARE(window.settings().modelOptions().learn.loss, MetricLoss::Triplet);
        QCOMPARE(window.settings().modelOptions().learn.epochs, 7);
        QVERIFY(!window.settings().modelOptions().trainAutomatically);
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
        SimilarTracksCache& search = SimilarTracksCache::shared();
        const int openedBefore = search.openings();
        window.seedList()->addTracks(ids(window, {"Neon Rain"}));
        QVERIFY(generate->isEnabled());
        // Choosing a seed opens the library's search ahead, so the Generate below does not wait for it.
        QTRY_COMPARE(search.openings(), openedBefore + 1);
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->setValue(12);
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("artistGap"))->setValue(3);
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        const auto result = finished.at(0).at(0).value<PlaylistResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // As long as asked, the seed left out, no artist twice within three songs (eight artists fit).
        QCOMPARE(result.entries.size(), std::size_t(12));
        QVERIFY(std::none_of(result.entries.begin(), result.entries.end(), [&](const PlaylistEntry& e) {
            return e.track.title == QLatin1String("Neon Rain");
        }));
        for (std::size_t i = 1; i < result.entries.size(); ++i) {
            for (std::size_t back = 1; back < 3 && back <= i; ++back)
                QVERIFY2(result.entries[i].track.artist != result.entries[i - back].track.artist,
                         qPrintable(QStringLiteral("%1 at %2 and %3")
                                        .arg(result.entries[i].track.artist)
                                        .arg(i)
                                        .arg(i - back)));
        }
        QVERIFY2(result.notes.filter(QStringLiteral("relaxed")).isEmpty(),
                 qPrintable(result.notes.join('\n')));
        QVERIFY(!result.entries.front().why.isEmpty());
        QCOMPARE(search.openings(), openedBefore + 1);
        // Auto-play: what plays is the playlist's first entry.
        QTRY_COMPARE(window.playlist().size(), 12);
        QTRY_COMPARE(window.playlist().current(), 0);
        QCOMPARE(window.player().track()->id, result.entries.front().track.id);
        QCOMPARE(window.playlist().at(0).track.id, result.entries.front().track.id);
        QVERIFY(generate->isEnabled());
    }

    // The button says "Regenerate" while the playlist showing was made from the seeds showing: after
    // Generate, after a restart (the recipe is part of the session), and when Back brings such a list again.
    void theButtonSaysRegenerateWhileThePlaylistCameFromTheSeedsShowing()
    {
        const Files files = freshFiles();
        const auto label = [](MainWindow& window) {
            return window.generateControls()->generateButton()->text();
        };
        {
            MainWindow window(files.db, files.settings);
            window.show();
            waitUntilSettled(window);
            window.seedList()->addTracks(ids(window, {"Neon Rain"}));
            QCOMPARE(label(window), QStringLiteral("Generate"));
            QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
            QTest::mouseClick(window.generateControls()->generateButton(), Qt::LeftButton);
            QVERIFY(finished.wait(20000));
            QTRY_VERIFY(!window.playlist().isEmpty());
            QCOMPARE(label(window), QStringLiteral("Regenerate"));
            window.seedList()->addTracks(ids(window, {"Gold"}));
            QCOMPARE(label(window), QStringLiteral("Generate"));
            window.seedList()->setSeeds(ids(window, {"Neon Rain"}));
            QCOMPARE(label(window), QStringLiteral("Regenerate"));
            window.close();
        }
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QTRY_VERIFY(!window.playlist().isEmpty());
        QCOMPARE(label(window), QStringLiteral("Regenerate"));
        window.history().open({}, {}); // cleared
        QCOMPARE(label(window), QStringLiteral("Generate"));
        window.history().back();
        QCOMPARE(label(window), QStringLiteral("Regenerate"));
    }

    // A gap wider than the library's artists allow is relaxed, and the window says so in sentences: each note
    // starts with a capital, and the status bar's tooltip holds the whole line when it runs long.
    void theNotesOnAPlaylistReadAsSentences()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.seedList()->addTracks(ids(window, {"Neon Rain"}));
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->setValue(12);
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("artistGap"))->setValue(12);
        QSignalSpy finished(&window.builder(), &PlaylistBuilder::finished);
        QTest::mouseClick(window.generateControls()->generateButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        const QStringList notes = finished.at(0).at(0).value<PlaylistResult>().notes;
        QVERIFY2(!notes.filter(QStringLiteral("Artist gap relaxed from 12")).isEmpty(),
                 qPrintable(notes.join('\n')));
        for (const QString& note : notes)
            QVERIFY2(note.front().isUpper(), qPrintable(note));
        QTRY_VERIFY(window.statusBar()->toolTip().contains(notes.front()));
        // Shown shortened where the bar is narrow; the tooltip holds it whole.
        QString shown = window.statusBar()->currentMessage();
        if (shown.endsWith(QChar(0x2026)))
            shown.chop(1);
        QVERIFY2(window.statusBar()->toolTip().startsWith(shown), qPrintable(shown));
    }

    // With every song a seed there is nothing to choose: the playlist in place stays, and the status bar says
    // why, instead of an empty list replacing it.
    void aGenerateThatFindsNothingKeepsThePlaylistAndSaysWhy()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        setPlaylist(window, {"Voltage", "Ember", "Woodsmoke"});
        QStringList everything;
        for (const DemoLibrary::Song& song : m_demo.songs())
            everything << song.title;
        window.seedList()->addTracks(ids(window, everything));
        const PlaylistResult result = generate(window);
        QVERIFY2(result.error.contains(QLatin1String("No song is left to choose")), qPrintable(result.error));
        QCOMPARE(window.playlist().size(), 3);
        QCOMPARE(window.playlist().at(0).track.title, QStringLiteral("Voltage"));
        QTRY_VERIFY(window.statusBar()->toolTip().contains(QLatin1String("No song is left to choose")));
    }

    // Enter or Insert on a library track makes it a seed: the window's own wiring of the two panes.
    void enterOrInsertOnALibraryTrackAddsItAsASeed()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.libraryView()->showTable(true);
        QTableView* table = window.libraryView()->table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(window.seedList()->seedIds().size(), std::size_t(1));
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.seedList()->seedIds(),
                 (std::vector<std::int64_t>{window.libraryView()->tableModel().trackAt(0).id,
                                            window.libraryView()->tableModel().trackAt(1).id}));
    }

    // A reload of the library (a scan batch landing) keeps every selected track selected, in the table and in
    // the artist tree, not only the first of them.
    void aReloadKeepsTheWholeSelection()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        LibraryView* view = window.libraryView();
        const std::vector<std::int64_t> chosen = ids(window, {"Neon Rain", "Voltage", "Gold", "Mercado"});
        const auto sorted = [](std::vector<std::int64_t> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        for (const bool table : {true, false}) {
            selectInLibrary(*view, table, chosen);
            QCOMPARE(sorted(view->selectedTrackIds(false)), sorted(chosen));
            emit window.library().catalogChanged();
            QCOMPARE(sorted(view->selectedTrackIds(false)), sorted(chosen));
        }
        // An artist chosen in the tree stays the artist, folded as it was, not its songs opened up.
        view->tree()->collapseAll();
        const QModelIndex artist = view->treeModel().index(1, 0);
        const QString name = artist.data().toString();
        view->tree()->selectionModel()->select(artist, QItemSelectionModel::ClearAndSelect);
        emit window.library().catalogChanged();
        const QModelIndexList kept = view->tree()->selectionModel()->selectedIndexes();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.front().data().toString(), name);
        QVERIFY(!kept.front().parent().isValid());
        QVERIFY(!view->tree()->isExpanded(kept.front()));
    }

    // A path walks from the first seed to the last through any between: three seeds are as good in the window
    // as on the command line.
    void aPathPlaylistTakesThreeSeeds()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        window.seedList()->addTracks(ids(window, {"Neon Rain", "Blue Hour", "Glass Harbour"}));
        auto* order = window.generateControls()->findChild<QComboBox*>(QStringLiteral("order"));
        order->setCurrentIndex(order->findData(int(PlaylistOrder::Path)));
        window.generateControls()->findChild<QSpinBox*>(QStringLiteral("length"))->setValue(8);
        const PlaylistResult result = generate(window);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.entries.empty());
    }

    // With one seed a path has nowhere to go: its entry is greyed out and says why, and a path restored from
    // the last session greys out Generate with the reason rather than failing when pressed.
    void aPathIsOfferedOnlyFromTwoSeeds()
    {
        const Files files = freshFiles();
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        auto* order = window.generateControls()->findChild<QComboBox*>(QStringLiteral("order"));
        auto* model = qobject_cast<QStandardItemModel*>(order->model());
        QVERIFY(model);
        const QStandardItem* path = model->item(order->findData(int(PlaylistOrder::Path)));
        QPushButton* button = window.generateControls()->generateButton();
        window.seedList()->addTracks(ids(window, {"Neon Rain"}));
        QVERIFY(!path->isEnabled());
        QVERIFY(path->toolTip().contains(QLatin1String("two seeds")));
        QVERIFY(button->isEnabled());
        order->setCurrentIndex(order->findData(int(PlaylistOrder::Path)));
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QLatin1String("two seeds")));
        window.seedList()->addTracks(ids(window, {"Glass Harbour"}));
        QVERIFY(path->isEnabled());
        QVERIFY(button->isEnabled());
        order->setCurrentIndex(order->findData(int(PlaylistOrder::Smooth)));
        QVERIFY(button->isEnabled());
    }

    // The loss chosen in Settings is the loss the app trains with: chosen through File ▸ Settings in the real
    // window, then "Retrain now" and the automatic training both use it.
    void theLossChosenInSettingsIsTheOneTrained()
    {
        const Files files = freshFiles(false);
        MainWindow window(files.db, files.settings);
        window.show();
        waitUntilSettled(window);
        QAction* settingsAction = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("Se&ttings…"))
                settingsAction = action;
        }
        QVERIFY(settingsAction);
        QSignalSpy trained(&window.pipeline(), &LibraryPipeline::trainingFinished);
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            auto* advanced = dialog->findChild<QCheckBox*>(QStringLiteral("modelAdvanced"));
            advanced->setChecked(true);
            auto* loss = dialog->findChild<QComboBox*>(QStringLiteral("modelLoss"));
            loss->setCurrentIndex(loss->findData(int(MetricLoss::Triplet)));
            dialog->findChild<QSpinBox*>(QStringLiteral("modelEpochs"))->setValue(3);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("retrainNow")), Qt::LeftButton);
            dialog->accept();
        });
        settingsAction->trigger();
        QVERIFY(sawDialog);
        QVERIFY(trained.wait(120000));
        QVERIFY2(trained.at(0).at(0).value<TrainingOutcome>().trained,
                 qPrintable(trained.at(0).at(2).toString()));
        {
            Database check(files.db);
            const auto model = ModelStore(check).current(1);
            QVERIFY(model);
            QCOMPARE(model->options.value(QStringLiteral("loss")).toString(), QStringLiteral("triplet"));
            QCOMPARE(model->options.value(QStringLiteral("epochs")).toInt(), 3);
        }
        // The automatic training follows the same setting.
        QCOMPARE(window.pipeline().policy().learn.loss, std::optional<MetricLoss>(MetricLoss::Triplet));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
