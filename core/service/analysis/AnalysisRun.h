#pragma once

#include "core/analysis/FileAnalyzer.h"
#include "core/analysis/WorkQueue.h"
#include "core/service/analysis/AnalysisTypes.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FingerprintStore.h"

#include <QElapsedTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <unordered_set>
#include <vector>

namespace soundalike {

class Database;

// One `analyze` pass over the tracks still waiting. Worker threads (one FileAnalyzer each) decode and
// describe; this thread alone owns the database: it streams the waiting tracks in chunks, keeps a few jobs
// per worker in flight, and writes the results in batched transactions. Tracks analysed before fingerprints
// existed are analysed again once, after the waiting ones, for their fingerprint; then copies are grouped.
// Memory stays bounded whatever the size of the library, and a cancelled or killed run keeps what it
// committed: the next one resumes.
class AnalysisRun
{
public:
    using ProgressSink = std::function<void(const AnalysisProgress&)>;

    AnalysisRun(Database& db, const AnalysisOptions& options, const std::atomic_bool& cancel,
                ProgressSink progress);
    ~AnalysisRun();

    AnalysisReport run();

private:
    struct Outcome
    {
        PendingTrack track;
        FileAnalyzer::Result result;
    };

    void work(FileAnalyzer& analyzer);
    void feed();
    [[nodiscard]] std::vector<PendingTrack> nextChunk();
    void collect(Outcome outcome);
    void write();
    void report(bool force);

    Database& m_db;
    DescriptorStore m_descriptors;
    FingerprintStore m_fingerprints;
    AnalysisOptions m_options;
    const std::atomic_bool& m_cancel;
    ProgressSink m_progress;

    std::vector<std::unique_ptr<FileAnalyzer>> m_analyzers;
    WorkQueue<PendingTrack> m_jobs;
    WorkQueue<Outcome> m_results;
    std::deque<PendingTrack> m_waiting; // the current chunk of pending tracks
    std::int64_t m_lastQueuedId = 0;
    bool m_exhausted = false;
    bool m_backfilling = false; // now taking analysed tracks without a fingerprint
    std::int64_t m_lastBackfillId = 0;
    std::unordered_set<std::int64_t> m_backfill; // those of them in flight or in the batch
    int m_inFlight = 0;
    std::vector<Outcome> m_batch;

    AnalysisReport m_report;
    AnalysisProgress m_state;
    QElapsedTimer m_clock;
    qint64 m_lastWriteMs = 0;
    qint64 m_lastReportMs = -1;
};

} // namespace soundalike
