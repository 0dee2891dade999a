#include "ui/MainWindow.h"

#include "core/common/AppPaths.h"
#include "core/common/AudioFileNames.h"
#include "core/common/DesktopId.h"
#include "core/common/FilePath.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/LibraryWatcher.h"
#include "core/service/PlayStatistics.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "ui/ActivityStatus.h"
#include "ui/ArtistText.h"
#include "ui/CoverProvider.h"
#include "ui/FileDialogs.h"
#include "ui/FirstRunDialog.h"
#include "ui/GenerateControls.h"
#include "ui/GenerateFlow.h"
#include "ui/HelpMenu.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/LyricsView.h"
#include "ui/PlaybackMenu.h"
#include "ui/PlayerBar.h"
#include "ui/PlaylistClearAction.h"
#include "ui/PlaylistFileActions.h"
#include "ui/PlaylistHistoryActions.h"
#include "ui/PlaylistView.h"
#include "ui/QueueRouting.h"
#include "ui/RadioControls.h"
#include "ui/SavedPlaylistActions.h"
#include "ui/SavedPlaylistsPane.h"
#include "ui/SeedList.h"
#include "ui/SessionKeeper.h"
#include "ui/SettingsDialog.h"
#include "ui/StateAutosave.h"
#include "ui/StatusMessage.h"
#include "ui/StatusProgress.h"
#include "ui/UnreadableFilesDialog.h"
#include "ui/map/MapController.h"
#include "ui/map/MapPane.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDate>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace soundalike {

MainWindow::MainWindow(const QString& databasePath, const QString& settingsPath, QWidget* parent)
    : QMainWindow(parent),
      m_app(std::make_unique<Application>(
          databasePath, settingsPath.isEmpty() ? AppPaths::defaultSettingsPath() : settingsPath)),
      m_playlist(std::make_unique<Playlist>()), m_player(std::make_unique<Player>(*m_playlist)),
      m_history(std::make_unique<PlaylistHistory>(*m_playlist, *m_player)),
      m_covers(std::make_unique<CoverProvider>())
{
    setWindowTitle(tr("Soundalike"));
    connect(m_player.get(), &Player::trackChanged, this, &MainWindow::showTrackInTitle);
    setWindowIcon(QIcon::fromTheme(desktopId(), QIcon::fromTheme(QStringLiteral("multimedia-audio-player"))));
    m_player->setVolume(settings().volume());
    m_player->setMuted(settings().muted());
    m_player->setShuffle(settings().shuffle());
    m_player->setRepeat(PlayOrder::Repeat(settings().repeat()));
    setCentralWidget(buildPanes());
    m_progress = new StatusProgress(this);
    statusBar()->addPermanentWidget(m_progress);
    m_message = new StatusMessage(*statusBar());
    m_message->addCorner(m_progress);
    auto* activity = new ActivityStatus(jobs(), pipeline(), *m_progress, this);
    connect(activity, &ActivityStatus::message, this, &MainWindow::showMessage);
    activity->setShowingCheck([this](const QString& text) { return m_message->isShowing(text); });
    connect(activity, &ActivityStatus::routineMessage, m_message, &StatusMessage::showIfFree);
    m_session = std::make_unique<SessionKeeper>(settings(), library(), *m_seedList, *m_history, *m_player);
    keepStateSaved();
    buildMenus();
    addSavedPlaylists();
    buildShortcuts();
    connectLibrary();
    // The first start's size, within the screen: 1280×800 ran past a 1366×768 laptop and a 1080-px screen at
    // 150 % scaling (the window system does not always pull a window back in).
    resize(QSize(1280, 800).boundedTo(screenRoom()));
    restoreLayout();
    library().open();
}

MainWindow::~MainWindow()
{
    // The panes refer to the core; they go first.
    delete takeCentralWidget();
}

Library& MainWindow::library()
{
    return m_app->library();
}

LibraryPipeline& MainWindow::pipeline()
{
    return m_app->pipeline();
}

JobQueue& MainWindow::jobs()
{
    return m_app->jobs();
}

PlaylistBuilder& MainWindow::builder()
{
    return m_app->playlists();
}

Settings& MainWindow::settings()
{
    return m_app->settings();
}

QWidget* MainWindow::buildPanes()
{
    m_libraryView = new LibraryView(library(), *m_covers, this);
    m_seedList = new SeedList(library(), pipeline(), *m_covers, this);
    m_generate = new GenerateControls(this);
    m_playlistView = new PlaylistView(*m_playlist, library(), pipeline(), PlaylistView::Role::Playlist, this);
    m_queueView = new PlaylistView(m_player->queue(), library(), pipeline(), PlaylistView::Role::Queue, this);
    // The library holds the catalog the pointer points into; nothing replaces it while the history reads it.
    m_history->setTrackLookup([this](const Track& kept) { return library().catalog()->find(kept); });
    connect(new PlaylistClearAction(*m_history, *m_playlistView, this), &PlaylistClearAction::message, this,
            &MainWindow::showMessage);
    m_playerBar = new PlayerBar(*m_player, *m_covers, this);
    m_queueRouting = new QueueRouting(*m_player, library(),
                                      {m_libraryView, m_seedList, m_playlistView, m_queueView}, this);
    connect(m_queueView, &PlaylistView::addAsSeeds, m_seedList,
            [this](const std::vector<std::int64_t>& ids) { m_seedList->addTracks(ids); });

    connect(m_seedList, &SeedList::message, this, &MainWindow::showMessage);
    connect(m_seedList, &SeedList::importStarted, this, &MainWindow::showMessage);
    // Only the seed list's own progress line: a message shown since then stays.
    connect(m_seedList, &SeedList::importFinished, this, [this](const QString& status) {
        if (statusBar()->toolTip() == status)
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
    connect(m_player.get(), &Player::endReached, this, &MainWindow::showMessage);
    connect(m_player.get(), &Player::warning, this, &MainWindow::showPlaybackWarning);
    connect(m_player.get(), &Player::warningCleared, this, [this] {
        if (m_playbackWarning)
            m_playbackWarning->hide();
    });
    m_generateFlow = new GenerateFlow(*m_app, *m_generate, *m_seedList, *m_history, *m_player, this);
    connect(m_generateFlow, &GenerateFlow::message, this, &MainWindow::showMessage);
    // After the flow's: the radio starts from the seeds once the new playlist is in place.
    buildRadio();

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
    m_rightSplitter->addWidget(m_queueView);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({260, 420, 120});
    m_rightSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(buildLibraryTabs());
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

// The song in the title, as the taskbar and Alt+Tab show it; Qt adds " — Soundalike" after it.
void MainWindow::showTrackInTitle()
{
    const std::optional<Track>& track = m_player->track();
    if (!track) {
        setWindowTitle(tr("Soundalike"));
        return;
    }
    const QString title =
        track->title.isEmpty() ? displayPath(track->path).section(QLatin1Char('/'), -1) : track->title;
    setWindowTitle(tr("%1 – %2", "the window's title: song, artist").arg(title, artistText(track->artist)));
}

// Endless radio, listening history and volume levelling; the radio's switch sits by shuffle and repeat.
void MainWindow::buildRadio()
{
    m_radio = new RadioControls(*m_app, *m_playlist, *m_player, *m_playlistView, this);
    connect(m_radio, &RadioControls::message, this, &MainWindow::showMessage);
    m_playerBar->addModeButton(m_radio->radioSwitch());
    m_libraryView->tableModel().setStatistics(&m_app->plays());
}

// The library as lists and as a map, side by side as tabs.
QWidget* MainWindow::buildLibraryTabs()
{
    m_mapPane = new MapPane(this);
    m_mapPane->setChosenColouring(settings().mapColouring());
    connect(m_mapPane, &MapPane::colouringChosen, this,
            [this](const QString& name) { settings().setMapColouring(name); });
    m_mapPane->view()->setLegendFolded(settings().mapLegendFolded());
    connect(m_mapPane->view(), &MapView::legendFoldedChanged, this,
            [this](bool folded) { settings().setMapLegendFolded(folded); });
    m_map = new MapController({m_mapPane, m_app->map(), library(), m_libraryView->filterBox(), m_seedList,
                               *m_playlist, *m_player, m_app->plays()},
                              this);
    connect(m_mapPane->view(), &MapView::queueRequested, m_queueRouting,
            [this](qint64 id, bool next) { m_queueRouting->queueTracks({id}, next); });
    m_libraryTabs = new QTabWidget(this);
    m_libraryTabs->setObjectName(QStringLiteral("libraryTabs"));
    m_libraryTabs->setDocumentMode(true);
    m_libraryTabs->addTab(m_libraryView, tr("&Library"));
    m_libraryTabs->addTab(m_mapPane, tr("&Map"));
    m_lyricsView = new LyricsView(*m_player, this);
    m_libraryTabs->addTab(m_lyricsView, tr("L&yrics"));
    connect(m_libraryTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_libraryTabs->widget(index) == m_mapPane)
            m_map->activate();
    });
    return m_libraryTabs;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Files…"), QKeySequence::Open,
                    this, &MainWindow::openFiles);
    file->addAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("&Add Music Folder…"), this,
                    &MainWindow::addMusicFolder);
    file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Rescan Library"),
                    QKeySequence::Refresh, this, [this] { pipeline().scan(); });
    file->addAction(QIcon::fromTheme(QStringLiteral("dialog-warning")), tr("&Unreadable Files…"), this,
                    &MainWindow::showUnreadableFiles);
    file->addSeparator();
    auto* files = m_playlistFiles = new PlaylistFileActions(
        *m_history, *m_app, [this] { return playlistName(); }, this);
    connect(files, &PlaylistFileActions::message, this, &MainWindow::showMessage);
    auto* saved = m_savedActions = new SavedPlaylistActions(*m_app, *m_history, *files, this);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import Playlist…"),
                    QKeySequence(Qt::CTRL | Qt::Key_I), files, &PlaylistFileActions::importPlaylist);
    file->addAction(tr("Import as Sa&ved Playlist…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), saved,
                    &SavedPlaylistActions::importAndSave);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Playlist…"),
                    QKeySequence::Save, saved, &SavedPlaylistActions::saveCurrent);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export Playlist…"),
                    QKeySequence(Qt::CTRL | Qt::Key_E), files, [files] { files->exportPlaylist(false); });
    file->addAction(tr("Export Playlist with Absolute &Paths…"), files,
                    [files] { files->exportPlaylist(true); });
    file->addSeparator();
    // The platform's key for preferences; most Linux desktops define none, so Ctrl+, as other players use.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    file->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("Se&ttings…"),
                    preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferences.front(),
                    this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit,
                    this, &MainWindow::quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_seedList->undoAction());
    edit->addAction(m_seedList->redoAction());

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    m_playbackMenu = new PlaybackMenu(
        *m_player, [this] { return m_queueRouting->selectedEntries(); }, playback);
    connect(m_playbackMenu, &PlaybackMenu::message, this, &MainWindow::showMessage);
    playback->addAction(tr("Go &to Playing Song"), QKeySequence(Qt::CTRL | Qt::Key_J), this,
                        &MainWindow::goToPlayingSong);
    playback->addSeparator();
    playback->addAction(tr("&Generate Playlist"), QKeySequence(Qt::CTRL | Qt::Key_G), this,
                        &MainWindow::generate);
    playback->addSeparator();
    new PlaylistHistoryActions(*m_history, *playback, this);
    playback->addAction(m_radio->radioAction());
    playback->addAction(m_radio->moreLikeThisAction());

    m_help = new HelpMenu(*this, *m_message);
}

void MainWindow::buildShortcuts()
{
    const auto shortcut = [this](QKeySequence keys, auto slot) {
        connect(new QShortcut(keys, this, nullptr, nullptr, Qt::ApplicationShortcut), &QShortcut::activated,
                this, slot);
    };
    // The filter is on the Library tab: focused behind the map, it took the typing unseen and dimmed the map.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_libraryTabs->setCurrentWidget(m_libraryView);
        m_libraryView->filterBox()->setFocus(Qt::ShortcutFocusReason);
    });
    // Media keys arrive as key presses when the desktop hands them to the focused window.
    shortcut(QKeySequence(Qt::Key_MediaTogglePlayPause), [this] { m_player->togglePlay(); });
    shortcut(QKeySequence(Qt::Key_MediaPlay), [this] { m_player->togglePlay(); });
    shortcut(QKeySequence(Qt::Key_MediaPause), [this] { m_player->pause(); });
    shortcut(QKeySequence(Qt::Key_MediaStop), [this] { m_player->stop(); });
    shortcut(QKeySequence(Qt::Key_MediaNext), [this] { m_player->next(); });
    shortcut(QKeySequence(Qt::Key_MediaPrevious), [this] { m_player->previous(); });
}

// The saved playlists' sidebar under the library's tabs (list and map), and what its actions do in the
// window.
void MainWindow::addSavedPlaylists()
{
    m_savedPane = new SavedPlaylistsPane(m_app->savedPlaylists(), library(), pipeline(), this);
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_mainSplitter->replaceWidget(0, m_leftSplitter);
    m_leftSplitter->addWidget(m_libraryTabs);
    m_leftSplitter->addWidget(m_savedPane);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setSizes({520, 220});
    m_leftSplitter->setChildrenCollapsible(false);
    SavedPlaylistActions* saved = m_savedActions;
    connect(m_savedPane, &SavedPlaylistsPane::playRequested, saved, &SavedPlaylistActions::play);
    connect(m_savedPane, &SavedPlaylistsPane::regenerateRequested, saved, &SavedPlaylistActions::regenerate);
    connect(m_savedPane, &SavedPlaylistsPane::exportRequested, saved, &SavedPlaylistActions::exportPlaylist);
    connect(m_savedPane, &SavedPlaylistsPane::saveCurrentRequested, saved,
            &SavedPlaylistActions::saveCurrent);
    connect(m_savedPane, &SavedPlaylistsPane::message, this, &MainWindow::showMessage);
    connect(m_savedPane, &SavedPlaylistsPane::queueRequested, m_queueRouting, &QueueRouting::queue);
    connect(saved, &SavedPlaylistActions::saved, m_savedPane, &SavedPlaylistsPane::select);
    connect(saved, &SavedPlaylistActions::message, this, &MainWindow::showMessage);
    connect(&m_app->savedPlaylists(), &PlaylistLibrary::failed, this, &MainWindow::showMessage);
}

void MainWindow::connectLibrary()
{
    connect(&library(), &Library::opened, this, &MainWindow::onLibraryOpened);
    connect(&library(), &Library::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message);
        m_libraryView->setHint(message);
    });
    connect(&library(), &Library::message, this, &MainWindow::showMessage);
    connect(&m_app->watcher(), &LibraryWatcher::message, this, &MainWindow::showMessage);
}

void MainWindow::onLibraryOpened()
{
    m_session->restore();
    if (library().folders().isEmpty())
        askForMusicFolder();
    else if (settings().rescanOnStart())
        pipeline().scan(); // later starts: open at once, catch up with the disk in the background
}

void MainWindow::askForMusicFolder()
{
    auto* dialog = new FirstRunDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { pipeline().scan({toFilePath(dialog->folder())}); });
    dialog->open();
}

// A file name for the playlist as it is now: the name it has in the window (a saved playlist's, "Mix from
// “Gold”", an imported file's), as Save suggests it, without the quotation marks; else the day's date. It was
// named after the seeds showing, whatever the list was.
QString MainWindow::playlistName() const
{
    QString name = m_history->origin().title;
    static const QRegularExpression quotes(QStringLiteral("[“”‘’«»„]"));
    name.remove(quotes);
    name = name.simplified();
    return name.isEmpty() ? tr("Playlist %1").arg(QDate::currentDate().toString(Qt::ISODate)) : name;
}

void MainWindow::goToPlayingSong()
{
    if (m_playlistView->goToCurrent())
        return;
    showMessage(m_player->track() ? tr("“%1” is no longer in the playlist.").arg(m_player->track()->title)
                                  : tr("No song is playing."));
}

void MainWindow::generate()
{
    m_generateFlow->generate();
}

void MainWindow::addMusicFolder()
{
    const QString folder = FileDialogs::existingFolder(this, tr("Add Music Folder"));
    if (!folder.isEmpty())
        pipeline().scan({toFilePath(folder)});
}

void MainWindow::openFiles()
{
    const QString audio = AudioFileNames::nameFilter();
    const QString playlists = QStringLiteral("*.m3u *.m3u8");
    // The content decides what a file is (README, Formats), so "All files" is offered too.
    const QStringList filters{tr("Music and playlists (%1 %2)").arg(audio, playlists),
                              tr("Music (%1)").arg(audio), tr("Playlists (%1)").arg(playlists),
                              tr("All files (*)")};
    const QStringList files =
        FileDialogs::openFiles(this, tr("Open Files"), filters.join(QStringLiteral(";;")));
    if (!files.isEmpty())
        emit openFilesRequested(files);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_app, this);
    dialog.exec();
}

// Not modal: a listener fixes files in the file manager and rescans with the list still open.
void MainWindow::showUnreadableFiles()
{
    if (!m_unreadable)
        m_unreadable = new UnreadableFilesDialog(m_app->databasePath(), pipeline(), this);
    m_unreadable->show();
    m_unreadable->raise();
    m_unreadable->activateWindow();
}

// Kept in the status bar's corner, so that it stays seen without hiding the messages that come and go.
void MainWindow::showPlaybackWarning(const QString& text)
{
    if (!m_playbackWarning) {
        m_playbackWarning = new QLabel(this);
        m_playbackWarning->setObjectName(QStringLiteral("playbackWarning"));
        statusBar()->addPermanentWidget(m_playbackWarning);
        m_message->addCorner(m_playbackWarning);
    }
    m_playbackWarning->setText(tr("No sound output"));
    m_playbackWarning->setToolTip(text);
    m_message->record(text);
    m_playbackWarning->show();
}

void MainWindow::showMessage(const QString& text)
{
    m_message->show(text);
}

QSize MainWindow::screenRoom() const
{
    return screen()->availableGeometry().size() - QSize(16, 48); // the window's frame and title
}

void MainWindow::restoreLayout()
{
    restoreGeometry(settings().layout(QStringLiteral("window")));
    // A size kept from a larger screen (or from a version whose window could not be narrower) would run past
    // this one's edge; Qt moves such a window back on screen but keeps its size.
    if (!isMaximized() && !isFullScreen())
        resize(size().boundedTo(screenRoom()));
    m_mainSplitter->restoreState(settings().layout(QStringLiteral("mainSplitter")));
    m_rightSplitter->restoreState(settings().layout(QStringLiteral("rightSplitter")));
    m_leftSplitter->restoreState(settings().layout(QStringLiteral("leftSplitter")));
    m_savedPane->restoreState(settings().layout(QStringLiteral("savedPlaylists")));
    m_libraryView->restoreState(settings().layout(QStringLiteral("library")));
    m_playlistView->restoreState(settings().layout(QStringLiteral("playlist")));
    // Library or Map, as it was left.
    bool known = false;
    const int tab = settings().layout(QStringLiteral("libraryTab")).toInt(&known);
    if (known && tab >= 0 && tab < m_libraryTabs->count())
        m_libraryTabs->setCurrentIndex(tab);
}

std::function<void(Settings&)> MainWindow::capture() const
{
    const std::vector<std::pair<QString, QByteArray>> layouts{
        {QStringLiteral("window"), saveGeometry()},
        {QStringLiteral("mainSplitter"), m_mainSplitter->saveState()},
        {QStringLiteral("rightSplitter"), m_rightSplitter->saveState()},
        {QStringLiteral("leftSplitter"), m_leftSplitter->saveState()},
        {QStringLiteral("savedPlaylists"), m_savedPane->saveState()},
        {QStringLiteral("library"), m_libraryView->saveState()},
        {QStringLiteral("playlist"), m_playlistView->saveState()},
        {QStringLiteral("libraryTab"), QByteArray::number(m_libraryTabs->currentIndex())}};
    return [layouts, options = m_generate->options(), shuffle = m_player->shuffle(),
            repeat = int(m_player->repeat()), session = m_session->capture()](Settings& target) {
        for (const auto& [name, state] : layouts)
            target.setLayout(name, state);
        target.setGenerateOptions(options);
        target.setShuffle(shuffle);
        target.setRepeat(repeat);
        session(target);
    };
}

void MainWindow::saveState()
{
    capture()(settings());
    settings().sync();
}

// What closing the window saves is also saved while it runs: a crash, a kill or a logout keeps all but the
// last moments.
void MainWindow::keepStateSaved()
{
    m_autosave = std::make_unique<StateAutosave>(settings().fileName(), [this] { return capture(); });
    StateAutosave* autosave = m_autosave.get();
    for (Playlist* list : {m_playlist.get(), &m_player->queue()}) {
        for (const auto signal :
             {&Playlist::reset, &Playlist::inserted, &Playlist::removed, &Playlist::moved})
            connect(list, signal, autosave, &StateAutosave::changed);
        connect(list, &Playlist::currentChanged, autosave, &StateAutosave::changed);
    }
    connect(m_seedList, &SeedList::seedsChanged, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::trackChanged, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::seeked, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::volumeChanged, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::mutedChanged, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::shuffleChanged, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::repeatChanged, autosave, &StateAutosave::changed);
    connect(m_player.get(), &Player::playingChanged, autosave, [autosave](bool playing) {
        autosave->setPlaying(playing);
        autosave->changed(); // paused: where it stopped
    });
}

void MainWindow::quit()
{
    m_quitting = true;
    // Closed or hidden, the window does not end the event loop by itself.
    if (close())
        QCoreApplication::quit();
    m_quitting = false;
}

void MainWindow::setHidesOnClose(std::function<bool()> hides)
{
    m_hidesOnClose = std::move(hides);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitting && m_hidesOnClose && m_hidesOnClose()) {
        // The autosave goes on: the app still plays, and a logout may end it while hidden.
        saveState();
        event->ignore();
        hide();
        emit hiddenOnClose();
        return;
    }
    m_autosave->finish();
    saveState();
    event->accept();
}

} // namespace soundalike
