#pragma once

#include "core/common/PlaylistEntry.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace soundalike {

class Application;
class HelpMenu;
class CoverProvider;
class GenerateControls;
class GenerateFlow;
class JobQueue;
class Library;
class LibraryPipeline;
class LibraryView;
class LyricsView;
class MapController;
class MapPane;
class Player;
class PlaybackMenu;
class PlayerBar;
class Playlist;
class PlaylistFileActions;
class PlaylistBuilder;
class PlaylistHistory;
class PlaylistView;
class QueueRouting;
class SavedPlaylistActions;
class SavedPlaylistsPane;
class RadioControls;
class SeedList;
class SessionKeeper;
class StateAutosave;
class Settings;
class StatusMessage;
class StatusProgress;
class UnreadableFilesDialog;

// The main window: composes one widget per pane over the application core (Application) and wires them to
// it, and owns the menus. The panes and the core do the work; this class only connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settingsPath` empty: the user's settings file.
    explicit MainWindow(const QString& databasePath, const QString& settingsPath = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    Application& application() { return *m_app; }
    Library& library();
    LibraryPipeline& pipeline();
    JobQueue& jobs();
    Playlist& playlist() { return *m_playlist; }
    Player& player() { return *m_player; }
    // Every list that replaces the playlist goes through it, so Back (Alt+Left) returns to the one before.
    PlaylistHistory& history() { return *m_history; }
    PlaylistBuilder& builder();
    Settings& settings();
    CoverProvider& covers() { return *m_covers; }
    LibraryView* libraryView() const { return m_libraryView; }
    MapPane* mapPane() const { return m_mapPane; }
    QTabWidget* libraryTabs() const { return m_libraryTabs; }
    SeedList* seedList() const { return m_seedList; }
    GenerateControls* generateControls() const { return m_generate; }
    PlaylistView* playlistView() const { return m_playlistView; }
    PlaylistView* queueView() const { return m_queueView; }
    PlaybackMenu* playbackMenu() const { return m_playbackMenu; }
    HelpMenu* helpMenu() const { return m_help; }
    PlayerBar* playerBar() const { return m_playerBar; }
    StatusProgress* statusProgress() const { return m_progress; }
    PlaylistFileActions* playlistFiles() const { return m_playlistFiles; }
    SavedPlaylistsPane* savedPlaylistsPane() const { return m_savedPane; }
    SavedPlaylistActions* savedPlaylists() const { return m_savedActions; }
    RadioControls* radio() const { return m_radio; }

    // File ▸ Quit: ends the app, whatever closing the window does (it may hide it in the tray instead).
    void quit();
    // Asked as the window closes: true hides it, the app going on in the system tray, instead of quitting.
    void setHidesOnClose(std::function<bool()> hides);

    void generate();
    // Playback ▸ Go to Playing Song: the playlist shows it, selected; the status bar says why when it cannot.
    void goToPlayingSong();
    void saveState();
    // What saveState() writes, taken now: the layout, the generate options, the play order and the session.
    [[nodiscard]] std::function<void(Settings&)> capture() const;
    StateAutosave* autosave() const { return m_autosave.get(); }
    // A status-bar message that goes away by itself.
    void showMessage(const QString& text);
    // A warning that stays in the status bar's corner (no audio output), with `text` as its tooltip.
    void showPlaybackWarning(const QString& text);

signals:
    // File ▸ Open Files…: carried out as "Open with" is (LaunchActions), so both behave alike.
    void openFilesRequested(const QStringList& paths);
    // Closing hid the window instead of quitting (setHidesOnClose).
    void hiddenOnClose();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void keepStateSaved();
    void showTrackInTitle();
    QWidget* buildPanes();
    void buildRadio();
    QWidget* buildLibraryTabs();
    void buildMenus();
    void buildShortcuts();
    void addSavedPlaylists();
    void connectLibrary();
    QString playlistName() const;
    void restoreLayout();
    // The screen's free area less the window's frame and title bar: the most a restored window may take.
    [[nodiscard]] QSize screenRoom() const;
    void onLibraryOpened();
    void askForMusicFolder();
    void addMusicFolder();
    void openFiles();
    void showSettings();
    void showUnreadableFiles();

    std::unique_ptr<Application> m_app;
    std::unique_ptr<Playlist> m_playlist;
    std::unique_ptr<Player> m_player;
    std::unique_ptr<PlaylistHistory> m_history;
    std::unique_ptr<CoverProvider> m_covers;
    std::unique_ptr<SessionKeeper> m_session;
    std::unique_ptr<StateAutosave> m_autosave;
    std::function<bool()> m_hidesOnClose;
    bool m_quitting = false; // quit() closes the window: it goes, whatever m_hidesOnClose says
    LibraryView* m_libraryView = nullptr;
    SeedList* m_seedList = nullptr;
    MapPane* m_mapPane = nullptr;
    LyricsView* m_lyricsView = nullptr;
    MapController* m_map = nullptr;
    QTabWidget* m_libraryTabs = nullptr;
    GenerateControls* m_generate = nullptr;
    GenerateFlow* m_generateFlow = nullptr;
    PlaylistView* m_playlistView = nullptr;
    PlaylistView* m_queueView = nullptr;
    PlaybackMenu* m_playbackMenu = nullptr;
    PlayerBar* m_playerBar = nullptr;
    StatusProgress* m_progress = nullptr;
    StatusMessage* m_message = nullptr;
    HelpMenu* m_help = nullptr;
    PlaylistFileActions* m_playlistFiles = nullptr;
    SavedPlaylistActions* m_savedActions = nullptr;
    SavedPlaylistsPane* m_savedPane = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    RadioControls* m_radio = nullptr;
    QueueRouting* m_queueRouting = nullptr;
    QLabel* m_playbackWarning = nullptr;
    UnreadableFilesDialog* m_unreadable = nullptr; // made when first asked for
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
};

} // namespace soundalike
