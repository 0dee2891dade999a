#pragma once

#include <QMainWindow>

#include <memory>

class QSplitter;

namespace soundalike {

class CoverProvider;
class GenerateControls;
class Library;
class LibraryView;
class ModelTraining;
class OnDemandAnalysis;
class Player;
class PlayerBar;
class Playlist;
class PlaylistFileActions;
class PlaylistBuilder;
class PlaylistView;
class SeedList;
class SessionKeeper;
class Settings;
class AudioAnalysis;
class StatusProgress;
struct PlaylistResult;

// The main window: wires the application services to one widget per pane, and owns the menus. The panes
// do the work; this class only connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settingsPath` empty: the user's settings file.
    explicit MainWindow(const QString& databasePath, const QString& settingsPath = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    Library& library() { return *m_library; }
    AudioAnalysis& analysis() { return *m_analysis; }
    OnDemandAnalysis& onDemandAnalysis() { return *m_onDemand; }
    ModelTraining& training() { return *m_training; }
    Playlist& playlist() { return *m_playlist; }
    Player& player() { return *m_player; }
    PlaylistBuilder& builder() { return *m_builder; }
    Settings& settings() { return *m_settings; }
    CoverProvider& covers() { return *m_covers; }
    LibraryView* libraryView() const { return m_libraryView; }
    SeedList* seedList() const { return m_seedList; }
    GenerateControls* generateControls() const { return m_generate; }
    PlaylistView* playlistView() const { return m_playlistView; }
    PlayerBar* playerBar() const { return m_playerBar; }
    StatusProgress* statusProgress() const { return m_progress; }
    PlaylistFileActions* playlistFiles() const { return m_playlistFiles; }

    void generate();
    void saveState();
    // A status-bar message that goes away by itself.
    void showMessage(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildPanes();
    void buildMenus();
    void buildShortcuts();
    void connectLibrary();
    void connectBackgroundJobs();
    void restoreLayout();
    void onLibraryOpened();
    void onGenerated(const PlaylistResult& result);
    void askForMusicFolder();
    void addMusicFolder();
    void showSettings();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Playlist> m_playlist;
    std::unique_ptr<Player> m_player;
    std::unique_ptr<PlaylistBuilder> m_builder;
    std::unique_ptr<AudioAnalysis> m_analysis;
    std::unique_ptr<OnDemandAnalysis> m_onDemand;
    std::unique_ptr<ModelTraining> m_training;
    std::unique_ptr<CoverProvider> m_covers;
    std::unique_ptr<SessionKeeper> m_session;
    LibraryView* m_libraryView = nullptr;
    SeedList* m_seedList = nullptr;
    GenerateControls* m_generate = nullptr;
    PlaylistView* m_playlistView = nullptr;
    PlayerBar* m_playerBar = nullptr;
    StatusProgress* m_progress = nullptr;
    PlaylistFileActions* m_playlistFiles = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
};

} // namespace soundalike
