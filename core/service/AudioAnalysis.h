#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace soundalike {

class Analyzer;

struct AudioAnalysisOutcome
{
    int analysed = 0;
    int failed = 0;
    int embedded = 0; // tracks embedded with the current similarity model
    bool cancelled = false;
    QString error;
    std::vector<AnalysisFailure> failures; // the first ones
};

// Analyses the library's new and changed tracks on worker threads after a scan, then embeds them with the
// current similarity model (loading libtorch only when a model lacks some). Lives on the GUI thread;
// progress() and finished() arrive there.
class AudioAnalysis : public QObject
{
    Q_OBJECT

public:
    explicit AudioAnalysis(QString databasePath, QObject* parent = nullptr);
    ~AudioAnalysis() override;

    void start(int threads);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // One pass on the calling thread: the analyzer's run, then the embeddings. Never throws.
    static AudioAnalysisOutcome run(Analyzer& analyzer, const QString& databasePath);

signals:
    void progress(const soundalike::AnalysisProgress& progress);
    void finished(const soundalike::AudioAnalysisOutcome& outcome);

private:
    QString m_databasePath;
    std::unique_ptr<Analyzer> m_analyzer;
    QFutureWatcher<AudioAnalysisOutcome> m_watcher;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::AudioAnalysisOutcome)
