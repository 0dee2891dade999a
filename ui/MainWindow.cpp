#include "ui/MainWindow.h"

#include "core/common/AppPaths.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/AudioAnalysis.h"
#include "core/service/Library.h"
#include "core/service/ModelTraining.h"
#include "core/service/OnDemandAnalysis.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "ui/CoverProvider.h"
#include "ui/FirstRunDialog.h"
#include "ui/GenerateControls.h"
#include "ui/LibraryView.h"
#include "ui/PlayerBar.h"
#include "ui/PlaylistFileActions.h"
#include "ui/PlaylistView.h"
#include "ui/SeedList.h"
#include "ui/SessionKeeper.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusProgress.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFrame>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>

namespace soundalike {

namespace {

constexpr int kMessageMs = 8000;

// The background jobs, as StatusProgress names them.
const QString kScanJob = QStringLiteral("scan");
const QString kAnalysisJob = QStringLiteral("analysis");
const QString kTrainingJob = QStringLiteral("training");
const QString kDropJob = QStringLiteral("drop");

QString reportText(const ScanReport& r)
{
    if (r.cancelled)
        return MainWindow::tr("Scan stopped; the next scan goes on from there.");
    if (r.changed() == 0)
        return MainWindow::tr("Library is up to date.");
    return MainWindow::tr("Library scanned: %L1 added, %L2 updated, %L3 moved, %L4 removed, %L5 unreadable.")
        .arg(r.added)
        .arg(r.updated)
        .arg(r.moved)
        .arg(r.removed)
        .arg(r.problems);
}

} // namespace

MainWindow::MainWindow(const QString& databasePath, const QString& settingsPath, QWidget* parent)
    : QMainWindow(parent), m_settings(std::make_unique<Settings>(
                               settingsPath.isEmpty() ? AppPaths::defaultSettingsPath() : settingsPath)),
      m_library(std::make_unique<Library>(databasePath)), m_playlist(std::make_unique<Playlist>()),
      m_player(std::make_unique<Player>(*m_playlist)),
      m_builder(std::make_unique<PlaylistBuilder>(databasePath)),
      m_analysis(std::make_unique<AudioAnalysis>(databasePath)),
      m_onDemand(std::make_unique<OnDemandAnalysis>(databasePath)),
      m_training(std::make_unique<ModelTraining>(databasePath)), m_covers(std::make_unique<CoverProvider>())
{
    setWindowTitle(tr("Soundalike"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.soundalike.Soundalike"),
                                   QIcon::fromTheme(QStringLiteral("multimedia-audio-player"))));
    m_player->setVolume(m_settings->volume());
    m_onDemand->setThreads(m_settings->analysisThreads());
    setCentralWidget(buildPanes());
    m_progress = new StatusProgress(this);
    statusBar()->addPermanentWidget(m_progress);
    m_session = std::make_unique<SessionKeeper>(*m_settings, *m_library, *m_seedList, *m_playlist, *m_player);
    buildMenus();
    buildShortcuts();
    connectLibrary();
    connectBackgroundJobs();
    resize(1280, 800);
    restoreLayout();
    m_library->open();
}

MainWindow::~MainWindow()
{
    // The panes refer to the services; they go first.
    delete takeCentralWidget();
}

QWidget* MainWindow::buildPanes()
{
    m_libraryView = new LibraryView(*m_library, *m_covers, this);
    m_seedList = new SeedList(*m_library, *m_onDemand, *m_covers, this);
    m_generate = new GenerateControls(this);
    m_playlistView = new PlaylistView(*m_playlist, *m_library, this);
    m_playerBar = new PlayerBar(*m_player, *m_covers, this);

    m_generate->setOptions(m_settings->generateOptions());
    connect(m_generate, &GenerateControls::generateRequested, this, &MainWindow::generate);
    connect(m_seedList, &SeedList::seedsChanged, this, [this] {
        m_generate->setSeedCount(int(m_seedList->seedIds().size()));
        m_generate->setRegenerates(false);
    });
    connect(m_seedList, &SeedList::message, this, &MainWindow::showMessage);
    connect(m_seedList, &SeedList::importStarted, this, &MainWindow::showMessage);
    // Only the seed list's own progress line: a message shown since then stays.
    connect(m_seedList, &SeedList::importFinished, this, [this](const QString& status) {
        if (statusBar()->currentMessage() == status)
            statusBar()->clearMessage();
    });
    connect(m_libraryView, &LibraryView::addAsSeeds, m_seedList,
            [this](const std::vector<std::int64_t>& ids) { m_seedList->addTracks(ids); });
    connect(m_libraryView, &LibraryView::appendToPlaylist, m_playlistView, &PlaylistView::appendTracks);
    connect(m_playlistView, &PlaylistView::playRequested, m_player.get(), &Player::playRow);
    connect(m_playlistView, &PlaylistView::addAsSeeds, m_seedList,
            [this](const std::vector<std::int64_t>& ids) { m_seedList->addTracks(ids); });
    connect(m_playlistView, &PlaylistView::message, this, &MainWindow::showMessage);
    connect(m_player.get(), &Player::skipped, this, &MainWindow::showMessage);
    connect(m_builder.get(), &PlaylistBuilder::started, this, [this] { m_generate->setBusy(true); });
    connect(m_builder.get(), &PlaylistBuilder::finished, this, &MainWindow::onGenerated);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(8);
    topLayout->addWidget(m_seedList, 1);
    topLayout->addWidget(m_generate);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(top);
    m_rightSplitter->addWidget(m_playlistView);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({260, 540});
    m_rightSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_libraryView);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({520, 760});
    m_mainSplitter->setChildrenCollapsible(false);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* panes = new QVBoxLayout;
    panes->setContentsMargins(10, 8, 10, 8);
    panes->addWidget(m_mainSplitter);
    layout->addLayout(panes, 1);
    layout->addWidget(line);
    layout->addWidget(m_playerBar);
    return central;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("&Add Music Folder…"), this,
                    &MainWindow::addMusicFolder);
    file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Rescan Library"),
                    QKeySequence::Refresh, m_library.get(), &Library::rescan);
    file->addSeparator();
    auto* files = m_playlistFiles = new PlaylistFileActions(*m_playlist, *m_library, this);
    connect(files, &PlaylistFileActions::message, this, &MainWindow::showMessage);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import Playlist…"),
                    QKeySequence(Qt::CTRL | Qt::Key_I), files, &PlaylistFileActions::importPlaylist);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export Playlist…"),
                    QKeySequence(Qt::CTRL | Qt::Key_E), files, [files] { files->exportPlaylist(false); });
    file->addAction(tr("Export Playlist with &Absolute Paths…"), files,
                    [files] { files->exportPlaylist(true); });
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Settings…"),
                    QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit,
                    this, &QWidget::close);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(tr("&Play / Pause"), m_player.get(), &Player::togglePlay);
    playback->addAction(tr("&Next"), QKeySequence(Qt::CTRL | Qt::Key_Right), m_player.get(), &Player::next);
    playback->addAction(tr("P&revious"), QKeySequence(Qt::CTRL | Qt::Key_Left), m_player.get(),
                        &Player::previous);
    playback->addSeparator();
    playback->addAction(tr("&Generate Playlist"), QKeySequence(Qt::CTRL | Qt::Key_G), this,
                        &MainWindow::generate);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Soundalike"), this, [this] {
        QMessageBox::about(
            this, tr("About Soundalike"),
            tr("<b>Soundalike</b> %1<br>Playlists of similar songs from your own music, offline.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildShortcuts()
{
    const auto shortcut = [this](QKeySequence keys, auto slot) {
        connect(new QShortcut(keys, this, nullptr, nullptr, Qt::ApplicationShortcut), &QShortcut::activated,
                this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { m_player->togglePlay(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_libraryView->filterBox()->setFocus(); });
    // Media keys arrive as key presses when the desktop hands them to the focused window.
    shortcut(QKeySequence(Qt::Key_MediaTogglePlayPause), [this] { m_player->togglePlay(); });
    shortcut(QKeySequence(Qt::Key_MediaPlay), [this] { m_player->togglePlay(); });
    shortcut(QKeySequence(Qt::Key_MediaPause), [this] { m_player->pause(); });
    shortcut(QKeySequence(Qt::Key_MediaStop), [this] { m_player->stop(); });
    shortcut(QKeySequence(Qt::Key_MediaNext), [this] { m_player->next(); });
    shortcut(QKeySequence(Qt::Key_MediaPrevious), [this] { m_player->previous(); });
}

void MainWindow::connectLibrary()
{
    connect(m_library.get(), &Library::opened, this, &MainWindow::onLibraryOpened);
    connect(m_library.get(), &Library::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message);
        m_libraryView->setHint(message);
    });
    connect(m_library.get(), &Library::message, this, &MainWindow::showMessage);
    connect(m_library.get(), &Library::scanStarted, this,
            [this] { m_progress->begin(kScanJob, tr("Scanning library")); });
    connect(m_library.get(), &Library::scanProgress, this, [this](const ScanProgress& p) {
        if (p.phase == ScanProgress::Phase::Walking)
            m_progress->progress(kScanJob, p.filesSeen, 0, StatusProgress::Unit::Files);
        else
            m_progress->progress(kScanJob, p.filesRead, p.filesToRead, StatusProgress::Unit::Files);
    });
    connect(m_library.get(), &Library::scanFinished, this, [this](const ScanReport& report) {
        m_progress->finish(kScanJob);
        showMessage(reportText(report));
        if (!report.cancelled) {
            m_analysis->start(m_settings->analysisThreads());
            m_progress->begin(kAnalysisJob, tr("Analysing audio"));
        }
    });
    // After each scan the new tracks' audio is analysed (and embedded) in the background.
    connect(m_analysis.get(), &AudioAnalysis::progress, this, [this](const AnalysisProgress& p) {
        m_progress->progress(kAnalysisJob, p.done, p.total, StatusProgress::Unit::Tracks);
    });
    connect(m_analysis.get(), &AudioAnalysis::finished, this, [this](const AudioAnalysisOutcome& outcome) {
        m_progress->finish(kAnalysisJob);
        // Then a similarity model is trained, when the library has none yet or has outgrown it.
        if (!outcome.cancelled && m_settings->modelOptions().trainAutomatically)
            m_training->trainIfDue(m_settings->modelOptions());
        // A clean analysis only ends the progress bar; failures are worth a message.
        if (outcome.failed > 0 || !outcome.error.isEmpty())
            showMessage(tr("Analysed %n track(s)", nullptr, outcome.analysed) +
                        (outcome.failed ? tr("; %n could not be read", nullptr, outcome.failed) : QString()) +
                        (outcome.error.isEmpty() ? QString() : QStringLiteral("; ") + outcome.error));
    });
}

void MainWindow::connectBackgroundJobs()
{
    connect(m_progress, &StatusProgress::cancelRequested, this, [this](const QString& job) {
        if (job == kScanJob)
            m_library->cancelScan();
        else if (job == kAnalysisJob)
            m_analysis->cancel();
        else if (job == kTrainingJob)
            m_training->cancel();
        else if (job == kDropJob)
            m_onDemand->cancel();
    });
    connect(m_training.get(), &ModelTraining::started, this,
            [this] { m_progress->begin(kTrainingJob, tr("Training the similarity model")); });
    connect(m_training.get(), &ModelTraining::progress, this, [this](const TrainingProgress& p) {
        m_progress->progress(kTrainingJob, p.epoch, p.epochs, StatusProgress::Unit::Epochs);
    });
    connect(m_training.get(), &ModelTraining::finished, this, [this](const ModelTrainingOutcome& outcome) {
        m_progress->finish(kTrainingJob);
        if (outcome.trained)
            showMessage(tr("New similarity model learnt from %Ln track(s); playlists use it from now on.",
                           nullptr, outcome.tracks));
        else if (!outcome.error.isEmpty())
            showMessage(tr("Could not train the similarity model: %1").arg(outcome.error));
    });
    // Files dropped as seeds are analysed at once, beside the background analysis.
    connect(m_onDemand.get(), &OnDemandAnalysis::started, this,
            [this] { m_progress->begin(kDropJob, tr("Analysing dropped tracks")); });
    connect(m_onDemand.get(), &OnDemandAnalysis::progress, this, [this](const AnalysisProgress& p) {
        m_progress->progress(kDropJob, p.done, p.total, StatusProgress::Unit::Tracks);
    });
    connect(m_onDemand.get(), &OnDemandAnalysis::finished, this, [this] { m_progress->finish(kDropJob); });
}

void MainWindow::onLibraryOpened()
{
    m_session->restore();
    if (m_library->folders().isEmpty())
        askForMusicFolder();
    else if (m_settings->rescanOnStart())
        m_library->rescan(); // later starts: open at once, catch up with the disk in the background
}

void MainWindow::askForMusicFolder()
{
    auto* dialog = new FirstRunDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_library->addFolder(dialog->folder()); });
    dialog->open();
}

void MainWindow::generate()
{
    PlaylistRequest request = m_generate->options();
    m_settings->setGenerateOptions(request);
    request.seeds = m_seedList->seedIds();
    request.randomSeed = QRandomGenerator::global()->generate();
    m_builder->generate(request);
}

void MainWindow::onGenerated(const PlaylistResult& result)
{
    m_generate->setBusy(false);
    if (!result.error.isEmpty()) {
        showMessage(result.error);
        return;
    }
    m_playlist->setEntries(result.entries);
    m_generate->setRegenerates(true);
    if (!result.notes.isEmpty())
        showMessage(result.notes.join(QStringLiteral("; ")));
    if (m_settings->autoPlay() && !m_playlist->isEmpty())
        m_player->playRow(0);
}

void MainWindow::addMusicFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Music Folder"));
    if (!folder.isEmpty())
        m_library->addFolder(folder);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_library, *m_settings, *m_training, this);
    dialog.exec();
    m_onDemand->setThreads(m_settings->analysisThreads());
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, kMessageMs);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->layout(QStringLiteral("window")));
    m_mainSplitter->restoreState(m_settings->layout(QStringLiteral("mainSplitter")));
    m_rightSplitter->restoreState(m_settings->layout(QStringLiteral("rightSplitter")));
    m_libraryView->restoreState(m_settings->layout(QStringLiteral("library")));
    m_playlistView->restoreState(m_settings->layout(QStringLiteral("playlist")));
}

void MainWindow::saveState()
{
    m_settings->setLayout(QStringLiteral("window"), saveGeometry());
    m_settings->setLayout(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    m_settings->setLayout(QStringLiteral("rightSplitter"), m_rightSplitter->saveState());
    m_settings->setLayout(QStringLiteral("library"), m_libraryView->saveState());
    m_settings->setLayout(QStringLiteral("playlist"), m_playlistView->saveState());
    m_settings->setGenerateOptions(m_generate->options());
    m_session->save();
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

} // namespace soundalike
