#pragma once

#include "core/service/AudioAnalysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace soundalike {

class Analyzer;

// Analyses the tracks someone is waiting for, such as files dropped as seeds from outside the library, at
// once and beside any background analysis, then embeds them with the current similarity model. One request
// runs at a time; later ones wait their turn. Lives on the GUI thread; signals and callbacks arrive there.
class OnDemandAnalysis : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const AudioAnalysisOutcome&)>;

    explicit OnDemandAnalysis(QString databasePath, QObject* parent = nullptr);
    ~OnDemandAnalysis() override;

    // Threads for each request (0: one per core).
    void setThreads(int threads) { m_threads = threads; }
    // Analyses those of `trackIds` that have no descriptor yet. `done` runs only while `receiver` exists (at
    // once when there are no tracks).
    void analyse(std::vector<std::int64_t> trackIds, QObject* receiver, Done done);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void started(int tracks);
    void progress(const soundalike::AnalysisProgress& progress);
    void finished(const soundalike::AudioAnalysisOutcome& outcome);

private:
    struct Request
    {
        std::vector<std::int64_t> trackIds;
        QPointer<QObject> receiver;
        Done done;
    };

    void startNext();
    void onFinished();

    QString m_databasePath;
    int m_threads = 0;
    std::deque<Request> m_requests; // the front one runs
    std::unique_ptr<Analyzer> m_analyzer;
    QFutureWatcher<AudioAnalysisOutcome> m_watcher;
};

} // namespace soundalike
