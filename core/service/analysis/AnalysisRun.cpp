#include "core/service/analysis/AnalysisRun.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FingerprintMatcher.h"
#include "core/service/analysis/DuplicateGrouping.h"
#include "core/storage/Database.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/Transaction.h"

#include <algorithm>
#include <thread>

namespace soundalike {

namespace {

constexpr int kChunk = 256;        // pending tracks read at a time
constexpr int kJobsPerWorker = 2;  // enough that no worker waits for the next path
constexpr std::size_t kBatch = 64; // results per transaction...
constexpr qint64 kBatchMs = 1000;  // ...or per second, whichever comes first
constexpr qint64 kProgressMs = 100;

int threadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, int(std::thread::hardware_concurrency()));
}

} // namespace

AnalysisRun::AnalysisRun(Database& db, const AnalysisOptions& options, const std::atomic_bool& cancel,
                         ProgressSink progress)
    : m_db(db), m_descriptors(db), m_fingerprints(db), m_options(options), m_cancel(cancel),
      m_progress(std::move(progress))
{
    m_options.threads = threadCount(options.threads);
    // Made here, so a decoder that cannot start fails the run before any thread does.
    for (int i = 0; i < m_options.threads; ++i)
        m_analyzers.push_back(std::make_unique<FileAnalyzer>(m_options.excerptSeconds));
}

AnalysisRun::~AnalysisRun() = default;

AnalysisReport AnalysisRun::run()
{
    m_clock.start();
    m_report.threads = m_options.threads;
    if (m_options.tracks.empty()) {
        m_report.total = m_state.total = m_descriptors.countPending(DescriptorLayout::kVersion) +
                                         m_fingerprints.countUnfingerprinted(DescriptorLayout::kVersion);
    } else {
        const auto listed = m_descriptors.pendingAmong(DescriptorLayout::kVersion, m_options.tracks);
        m_waiting.assign(listed.begin(), listed.end());
        m_exhausted = true;
        m_report.total = m_state.total = int(listed.size());
    }
    std::vector<std::jthread> workers;
    for (auto& analyzer : m_analyzers)
        workers.emplace_back([this, &analyzer] { work(*analyzer); });
    try {
        feed();
        while (m_inFlight > 0) {
            if (auto outcome = m_results.popFor(std::chrono::milliseconds(kProgressMs)))
                collect(std::move(*outcome));
            if (m_batch.size() >= kBatch ||
                (!m_batch.empty() && m_clock.elapsed() - m_lastWriteMs >= kBatchMs))
                write();
            feed();
            report(false);
        }
        write();
        // A cancelled run leaves its tracks to the next one, which groups them.
        if (!m_cancel)
            m_report.duplicates = DuplicateGrouping(m_db).run();
    } catch (...) {
        // Stop the workers before unwinding past the queues they use.
        m_jobs.close();
        throw;
    }
    m_jobs.close();
    m_report.cancelled = m_cancel;
    m_report.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    report(true);
    return m_report;
}

void AnalysisRun::work(FileAnalyzer& analyzer)
{
    while (auto track = m_jobs.pop()) {
        Outcome outcome{std::move(*track), {}};
        try {
            outcome.result = analyzer.analyze(outcome.track.path);
        } catch (const std::exception& e) {
            outcome.result.problem =
                Reason(QT_TRANSLATE_NOOP("Reason", "analysis failed: %1")).arg(QString::fromUtf8(e.what()));
        }
        m_results.push(std::move(outcome));
    }
}

void AnalysisRun::feed()
{
    const int window = kJobsPerWorker * m_options.threads;
    while (!m_cancel && m_inFlight < window) {
        if (m_waiting.empty() && !m_exhausted) {
            const auto chunk = nextChunk();
            m_exhausted = chunk.empty();
            m_waiting.assign(chunk.begin(), chunk.end());
        }
        if (m_waiting.empty())
            return;
        if (m_backfilling) {
            m_lastBackfillId = m_waiting.front().id;
            m_backfill.insert(m_lastBackfillId);
        } else {
            m_lastQueuedId = m_waiting.front().id;
        }
        m_jobs.push(std::move(m_waiting.front()));
        m_waiting.pop_front();
        ++m_inFlight;
    }
}

std::vector<PendingTrack> AnalysisRun::nextChunk()
{
    if (!m_backfilling) {
        auto chunk = m_descriptors.pending(DescriptorLayout::kVersion, m_lastQueuedId, kChunk);
        if (!chunk.empty())
            return chunk;
        m_backfilling = true;
    }
    return m_fingerprints.unfingerprinted(DescriptorLayout::kVersion, m_lastBackfillId, kChunk);
}

void AnalysisRun::collect(Outcome outcome)
{
    --m_inFlight;
    ++m_state.done;
    m_state.audioSeconds += outcome.result.audioSeconds;
    m_state.currentPath = displayPath(outcome.track.path);
    if (outcome.result.descriptor) {
        ++m_report.analysed;
    } else {
        ++m_report.failed;
        ++m_state.failed;
        if (int(m_report.failures.size()) < AnalysisReport::kListedFailures)
            m_report.failures.push_back({m_state.currentPath, outcome.result.problem.text()});
    }
    m_report.audioSeconds = m_state.audioSeconds;
    m_batch.push_back(std::move(outcome));
}

void AnalysisRun::write()
{
    m_lastWriteMs = m_clock.elapsed();
    if (m_batch.empty())
        return;
    ProblemStore problems(m_db);
    Transaction transaction(m_db);
    for (const Outcome& outcome : m_batch) {
        const bool backfill = m_backfill.erase(outcome.track.id) > 0;
        if (outcome.result.descriptor) {
            m_descriptors.put(outcome.track.id, *outcome.result.descriptor);
            m_fingerprints.put(outcome.track.id, outcome.result.fingerprint,
                               FingerprintMatcher::keys(outcome.result.fingerprint));
            problems.clear(outcome.track.path);
        } else if (backfill) {
            // Its descriptor stands; an empty fingerprint keeps it from being tried again on every run.
            m_fingerprints.put(outcome.track.id, {}, {});
            problems.record(outcome.track.path, outcome.track.stamp,
                            Reason(QT_TRANSLATE_NOOP("Reason", "cannot fingerprint the audio: %1"))
                                .arg(outcome.result.problem));
        } else {
            m_descriptors.putFailure(outcome.track.id, DescriptorLayout::kVersion, outcome.result.problem);
            problems.record(outcome.track.path, outcome.track.stamp,
                            Reason(QT_TRANSLATE_NOOP("Reason", "cannot analyse the audio: %1"))
                                .arg(outcome.result.problem));
        }
    }
    transaction.commit();
    m_batch.clear();
}

void AnalysisRun::report(bool force)
{
    if (!m_progress)
        return;
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < kProgressMs)
        return;
    m_lastReportMs = now;
    m_state.elapsedSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_progress(m_state);
}

} // namespace soundalike
