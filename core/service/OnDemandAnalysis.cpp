#include "core/service/OnDemandAnalysis.h"

#include "core/analysis/Analyzer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

OnDemandAnalysis::OnDemandAnalysis(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<AudioAnalysisOutcome>();
    qRegisterMetaType<AnalysisProgress>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OnDemandAnalysis::onFinished);
}

OnDemandAnalysis::~OnDemandAnalysis()
{
    m_requests.clear();
    cancel();
    m_watcher.waitForFinished();
}

void OnDemandAnalysis::analyse(std::vector<std::int64_t> trackIds, QObject* receiver, Done done)
{
    // An empty list would mean the whole library to the analyzer.
    if (trackIds.empty()) {
        done({});
        return;
    }
    m_requests.push_back({std::move(trackIds), receiver, std::move(done)});
    // The front request is the running one; a callback may ask for more while the last one finishes.
    if (m_requests.size() == 1 && !isRunning())
        startNext();
}

void OnDemandAnalysis::cancel()
{
    if (m_analyzer)
        m_analyzer->cancel();
}

void OnDemandAnalysis::startNext()
{
    AnalysisOptions options;
    options.threads = m_threads;
    options.tracks = m_requests.front().trackIds;
    m_analyzer = std::make_unique<Analyzer>(m_databasePath, options);
    connect(m_analyzer.get(), &Analyzer::progress, this, &OnDemandAnalysis::progress);
    emit started(int(options.tracks.size()));
    m_watcher.setFuture(QtConcurrent::run([analyzer = m_analyzer.get(), path = m_databasePath] {
        return AudioAnalysis::run(*analyzer, path);
    }));
}

void OnDemandAnalysis::onFinished()
{
    const AudioAnalysisOutcome outcome = m_watcher.result();
    const Request request = std::move(m_requests.front());
    m_requests.pop_front();
    emit finished(outcome);
    if (request.receiver)
        request.done(outcome);
    if (!m_requests.empty() && !isRunning())
        startNext();
}

} // namespace soundalike
