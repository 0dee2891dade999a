#pragma once

#include "core/service/analysis/AnalysisTypes.h"
#include "core/service/jobs/Job.h"

#include <QMetaType>
#include <QString>

namespace soundalike {

struct AnalysisOutcome
{
    AnalysisReport report;
    int embedded = 0;       // tracks embedded with the current similarity model afterwards
    QString embeddingError; // why they could not be, if so
};

// Analyses the library's tracks that have no descriptor of the current version (or only those of
// AnalysisOptions::tracks: files someone is waiting for), then embeds them with the current similarity model,
// loading libtorch only when a model lacks some. The same pass for `soundalike-cli analyze`, `scan
// --analyze`, the app's analysis after each scan and its analysis of dropped seeds. A whole-library analysis
// is resumable: stopped for a more urgent job, it goes on from what it committed, and its report adds up.
class AnalysisJob : public Job
{
public:
    AnalysisJob(QString databasePath, AnalysisOptions options);

    Kind kind() const override { return Kind::Analysis; }
    QString describe() const override;
    void run(JobControl& control) override;
    bool resumable() const override { return m_options.tracks.empty(); }

    [[nodiscard]] const AnalysisOutcome& outcome() const { return m_outcome; }
    [[nodiscard]] const AnalysisOptions& options() const { return m_options; }

private:
    QString m_databasePath;
    AnalysisOptions m_options;
    AnalysisOutcome m_outcome;
    int m_runs = 0;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::AnalysisOutcome)
