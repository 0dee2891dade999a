#include "core/service/Application.h"

#include "core/service/Library.h"
#include "core/service/LibraryMap.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/LibraryWatcher.h"
#include "core/service/LoudnessLevels.h"
#include "core/service/PlayStatistics.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "core/service/jobs/JobQueue.h"
#include "core/service/playlists/PlaylistLibrary.h"

namespace soundalike {

Application::Application(QString databasePath, const QString& settingsPath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)),
      m_settings(std::make_unique<Settings>(settingsPath)), m_jobs(std::make_unique<JobQueue>()),
      m_pipeline(std::make_unique<LibraryPipeline>(m_databasePath, *m_jobs)),
      m_library(std::make_unique<Library>(m_databasePath, *m_pipeline)),
      m_builder(std::make_unique<PlaylistBuilder>(m_databasePath)),
      m_saved(std::make_unique<PlaylistLibrary>(m_databasePath)),
      m_loudness(std::make_unique<LoudnessLevels>(m_databasePath)),
      m_plays(std::make_unique<PlayStatistics>(m_databasePath))
{
    // Loudness is measured by the analysis (its excerpt), then over the whole track: the table follows both,
    // once the library is open.
    connect(m_library.get(), &Library::opened, m_loudness.get(), &LoudnessLevels::reload);
    connect(m_pipeline.get(), &LibraryPipeline::analysisFinished, m_loudness.get(), &LoudnessLevels::reload);
    connect(m_pipeline.get(), &LibraryPipeline::loudnessMeasured, m_loudness.get(), &LoudnessLevels::reload);
    connect(m_library.get(), &Library::opened, m_plays.get(), &PlayStatistics::reload);
    m_map = std::make_unique<LibraryMap>(m_databasePath, *m_pipeline);
    m_watcher = std::make_unique<LibraryWatcher>(*m_library, *m_pipeline);
    applySettings();
    // The first catalog says the library has opened; later ones may have songs come and go.
    connect(m_library.get(), &Library::catalogChanged, m_saved.get(), &PlaylistLibrary::reload);
}

Application::~Application()
{
    // Before anything the jobs' callbacks reach goes.
    m_jobs->cancelAll();
}

void Application::applySettings()
{
    LibraryPipeline::Policy policy;
    policy.analyseAfterScan = true;
    policy.trainWhenDue = m_settings->modelOptions().trainAutomatically;
    policy.measureLoudness = true;
    policy.analysisThreads = m_settings->analysisThreads();
    policy.learn = m_settings->modelOptions().learn;
    m_pipeline->setPolicy(policy);
    m_loudness->setEnabled(m_settings->levelLoudness());
    m_watcher->setEnabled(m_settings->watchFolders());
    emit settingsApplied();
}

} // namespace soundalike
