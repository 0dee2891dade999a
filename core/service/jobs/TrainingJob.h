#pragma once

#include "core/embedding/LearnOptions.h"
#include "core/service/jobs/Job.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <functional>

namespace soundalike {

struct TrainingOutcome
{
    bool trained = false; // a new model is registered and every analysed track is embedded with it
    bool skipped = false; // only-if-due: no model was due
    std::int64_t modelId = 0;
    QString modelFile;
    QJsonObject modelOptions; // as stored with the model: the loss, signal and sizes in effect
    int tracks = 0;
    int labelledTracks = 0;
    QString signal; // "semi-supervised", "labels" or "self-supervised"
    double seconds = 0;
};

// Learns the library's similarity model (SimilarityLearner) and embeds every analysed track with it: for
// `soundalike-cli train`, the app's "Retrain now", and the pipeline's training when a model is due
// (TrainingPolicy). libtorch is loaded here, on the worker thread, never on the GUI thread. Cancelling stops
// between batches and registers nothing. Failures (too few tracks, no module) are the job's error.
class TrainingJob : public Job
{
public:
    using EpochSink = std::function<void(const EpochReport&)>;

    // `onlyIfDue`: train only when TrainingPolicy says a model is due; otherwise the outcome is `skipped`.
    TrainingJob(QString databasePath, LearnOptions options, bool onlyIfDue = false);

    Kind kind() const override { return Kind::Training; }
    QString describe() const override;
    void run(JobControl& control) override;

    // Called on the training thread after each epoch.
    void setEpochSink(EpochSink sink) { m_sink = std::move(sink); }
    [[nodiscard]] const TrainingOutcome& outcome() const { return m_outcome; }
    [[nodiscard]] const LearnOptions& options() const { return m_options; }

private:
    QString m_databasePath;
    LearnOptions m_options;
    bool m_onlyIfDue;
    EpochSink m_sink;
    TrainingOutcome m_outcome;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::TrainingOutcome)
