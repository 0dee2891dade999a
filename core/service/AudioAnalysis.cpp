#include "core/service/AudioAnalysis.h"

#include "core/analysis/Analyzer.h"
#include "core/embedding/EmbeddingUpdater.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

AudioAnalysis::AudioAnalysis(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<AudioAnalysisOutcome>();
    qRegisterMetaType<AnalysisProgress>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { emit finished(m_watcher.result()); });
}

AudioAnalysis::~AudioAnalysis()
{
    cancel();
    m_watcher.waitForFinished();
}

void AudioAnalysis::start(int threads)
{
    if (isRunning())
        return;
    AnalysisOptions options;
    options.threads = threads;
    m_analyzer = std::make_unique<Analyzer>(m_databasePath, options);
    connect(m_analyzer.get(), &Analyzer::progress, this, &AudioAnalysis::progress);
    m_watcher.setFuture(QtConcurrent::run(
        [analyzer = m_analyzer.get(), path = m_databasePath] { return run(*analyzer, path); }));
}

void AudioAnalysis::cancel()
{
    if (m_analyzer)
        m_analyzer->cancel();
}

AudioAnalysisOutcome AudioAnalysis::run(Analyzer& analyzer, const QString& databasePath)
{
    AudioAnalysisOutcome outcome;
    try {
        const AnalysisReport report = analyzer.analyze();
        outcome.analysed = report.analysed;
        outcome.failed = report.failed;
        outcome.failures = report.failures;
        outcome.cancelled = report.cancelled;
        if (!report.cancelled)
            outcome.embedded = EmbeddingUpdater::run(databasePath, &outcome.error);
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

} // namespace soundalike
