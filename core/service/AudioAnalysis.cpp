#include "core/service/AudioAnalysis.h"

#include "core/analysis/Analyzer.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/storage/Database.h"
#include "core/storage/ModelStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

int embedNewTracks(const QString& databasePath, QString* error)
{
    {
        Database db(databasePath);
        if (ModelStore(db).all().empty())
            return 0;
    }
    const auto backend = EmbeddingModule::load(error);
    return backend ? SimilarityLearner(databasePath, *backend).updateEmbeddings() : 0;
}

} // namespace

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
    Analyzer* analyzer = m_analyzer.get();
    const QString path = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run([analyzer, path] {
        AudioAnalysisOutcome outcome;
        try {
            const AnalysisReport report = analyzer->analyze();
            outcome.analysed = report.analysed;
            outcome.failed = report.failed;
            outcome.cancelled = report.cancelled;
            if (!report.cancelled && report.analysed > 0)
                outcome.embedded = embedNewTracks(path, &outcome.error);
        } catch (const std::exception& e) {
            outcome.error = QString::fromStdString(e.what());
        }
        return outcome;
    }));
}

void AudioAnalysis::cancel()
{
    if (m_analyzer)
        m_analyzer->cancel();
}

} // namespace soundalike
