#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace soundalike {

class JobQueue;
class Library;
class LibraryMap;
class LibraryPipeline;
class LibraryWatcher;
class LoudnessLevels;
class PlayStatistics;
class PlaylistBuilder;
class PlaylistLibrary;
class Settings;

// The application core as the desktop app holds it: one library database, its settings, the one job queue,
// the pipeline policy over it, the browsing catalog and playlist generation. The window composes views over
// it; nothing here knows a widget. Destroying it cancels every job and waits for the running one, which
// stops between files, tracks or batches, so quitting is prompt and leaves a consistent database.
class Application : public QObject
{
    Q_OBJECT

public:
    Application(QString databasePath, const QString& settingsPath, QObject* parent = nullptr);
    ~Application() override;

    const QString& databasePath() const { return m_databasePath; }
    Settings& settings() { return *m_settings; }
    JobQueue& jobs() { return *m_jobs; }
    LibraryPipeline& pipeline() { return *m_pipeline; }
    Library& library() { return *m_library; }
    PlaylistBuilder& playlists() { return *m_builder; }
    // The named playlists saved in the library, kept in step with the catalog (songs that became
    // unavailable).
    PlaylistLibrary& savedPlaylists() { return *m_saved; }
    LoudnessLevels& loudness() { return *m_loudness; }
    PlayStatistics& plays() { return *m_plays; }
    LibraryMap& map() { return *m_map; }
    // Follows the music folders while the app runs; says when some cannot be followed.
    LibraryWatcher& watcher() { return *m_watcher; }

    // The pipeline follows the settings (analysis threads, automatic training, how models are learnt): call
    // after changing them.
    void applySettings();

signals:
    // applySettings() ran: parts outside the core that follow the settings read them again.
    void settingsApplied();

private:
    QString m_databasePath;
    // Goes after the queue, whose destructor waits for a running map job that reports to it.
    std::unique_ptr<LibraryMap> m_map;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<LibraryPipeline> m_pipeline;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<PlaylistBuilder> m_builder;
    std::unique_ptr<PlaylistLibrary> m_saved;
    std::unique_ptr<LoudnessLevels> m_loudness;
    std::unique_ptr<PlayStatistics> m_plays;
    // Last: it goes first, before the library and the pipeline it follows.
    std::unique_ptr<LibraryWatcher> m_watcher;
};

} // namespace soundalike
