#pragma once

#include "core/service/jobs/Job.h"

#include <QString>

namespace soundalike {

// Measures the whole-track loudness (TrackLoudnessMeter) of every analysed track that lacks it, for volume
// levelling; queued after each analysis, behind the training. One thread: it decodes whole files, several
// times the analysis's work per track, and nobody waits for it (until a track is measured it is levelled by
// its analysis excerpt). Each track's result is committed in small batches, so a stopped or killed run
// loses at most a batch and goes on from there.
class LoudnessJob : public Job
{
public:
    explicit LoudnessJob(QString databasePath);

    Kind kind() const override { return Kind::Loudness; }
    QString describe() const override { return QStringLiteral("loudness of whole tracks"); }
    void run(JobControl& control) override;
    bool resumable() const override { return true; }

    // Tracks measured (a usable loudness stored) and tracks that gave none, over every run.
    [[nodiscard]] int measured() const { return m_measured; }
    [[nodiscard]] int unusable() const { return m_unusable; }

private:
    QString m_databasePath;
    int m_measured = 0;
    int m_unusable = 0;
    int m_done = 0; // tracks passed over by the runs so far, while the pass is unfinished
};

} // namespace soundalike
