#include "core/service/jobs/LoudnessJob.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/TrackLoudnessMeter.h"
#include "core/common/FilePath.h"
#include "core/common/Logging.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"
#include "core/storage/LoudnessStore.h"
#include "core/storage/Transaction.h"

#include <optional>
#include <utility>
#include <vector>

namespace soundalike {

namespace {

constexpr int kPage = 64;
constexpr int kBatch = 8; // tracks per transaction: a few seconds of work

void store(Database& db, std::vector<std::pair<std::int64_t, std::optional<double>>>& results)
{
    if (results.empty())
        return;
    Transaction transaction(db);
    LoudnessStore loudness(db);
    for (const auto& [id, lufs] : results)
        loudness.put(id, lufs);
    transaction.commit();
    results.clear();
}

} // namespace

LoudnessJob::LoudnessJob(QString databasePath) : m_databasePath(std::move(databasePath)) {}

void LoudnessJob::run(JobControl& control)
{
    Database db(m_databasePath);
    LoudnessStore loudness(db);
    const int version = DescriptorLayout::kVersion;
    // A run put back for a more urgent job counts on from where it stopped, so the progress bar does not
    // restart; tracks analysed meanwhile join the total.
    int done = m_done, settled = m_done;
    const int total = done + loudness.countPending(version);
    TrackLoudnessMeter meter;
    std::vector<std::pair<std::int64_t, std::optional<double>>> results;
    std::int64_t after = 0;
    while (!control.cancelled()) {
        const std::vector<PendingTrack> page = loudness.pending(version, after, kPage);
        if (page.empty())
            break;
        for (const PendingTrack& track : page) {
            control.report({done, total, JobProgress::Unit::Tracks, displayPath(track.path)});
            if (control.cancelled())
                break;
            const TrackLoudnessMeter::Result measured = meter.measure(track.path, &control.cancelFlag());
            if (control.cancelled())
                break; // stopped midway: the track stays pending and is not counted, here or on resuming
            if (!measured.lufs)
                qCDebug(lcAnalysis) << "no whole-track loudness for" << displayPath(track.path)
                                    << measured.problem;
            after = track.id;
            ++done;
            if (measured.tryAgain)
                continue; // a file out of reach for now: nothing learnt, nothing stored
            (measured.lufs ? m_measured : m_unusable) += 1;
            ++settled;
            results.emplace_back(track.id, measured.lufs);
            if (int(results.size()) >= kBatch)
                store(db, results);
        }
    }
    store(db, results);
    if (control.cancelled()) {
        m_done = settled; // the track it stopped at, even the last, is still pending
        return;
    }
    control.report({done, total, JobProgress::Unit::Tracks, {}});
    m_done = 0; // a finished pass; the job queued after the next analysis starts its own count
}

} // namespace soundalike
