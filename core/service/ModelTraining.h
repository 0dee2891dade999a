#pragma once

#include "core/service/ModelOptions.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <cstdint>
#include <optional>

namespace soundalike {

struct TrainingProgress
{
    int epoch = 0;
    int epochs = 0;
    double loss = 0;
    double validation = 0; // precision@10 of held-out rows
};

struct ModelTrainingOutcome
{
    bool trained = false; // a new model is registered and every analysed track is embedded with it
    bool skipped = false; // trainIfDue(): no model was due
    bool cancelled = false;
    std::int64_t modelId = 0;
    int tracks = 0;
    QString signal; // "semi-supervised", "labels" or "self-supervised"
    double seconds = 0;
    QString error; // why training failed
};

// Trains the library's similarity model on a worker thread: the first model once enough tracks are
// analysed, a new one as the library grows (TrainingPolicy), or one now when asked. libtorch is loaded there,
// when training starts, never on the GUI thread. The next playlist uses the new model: searches read the
// current model's embeddings and rebuild their index when the model changes. Cancelling (or destroying
// this) stops between batches and registers nothing. Lives on the GUI thread; signals arrive there.
class ModelTraining : public QObject
{
    Q_OBJECT

public:
    explicit ModelTraining(QString databasePath, QObject* parent = nullptr);
    ~ModelTraining() override;

    // Trains when a model is due; finished() says `skipped` when none is.
    void trainIfDue(const ModelOptions& options);
    // Trains now, whatever the library's state ("Retrain now").
    void train(const ModelOptions& options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The last epoch reported by the running training, if any yet.
    const std::optional<TrainingProgress>& lastProgress() const { return m_progress; }

signals:
    void runningChanged(bool running);
    void started(); // training proper begins (after trainIfDue() found a model due)
    void progress(const soundalike::TrainingProgress& progress);
    void finished(const soundalike::ModelTrainingOutcome& outcome);

private:
    void start(const ModelOptions& options, bool onlyIfDue);
    ModelTrainingOutcome work(const ModelOptions& options, bool onlyIfDue);
    void report(const TrainingProgress& progress);

    QString m_databasePath;
    std::atomic_bool m_cancel = false;
    std::optional<TrainingProgress> m_progress;
    QFutureWatcher<ModelTrainingOutcome> m_watcher;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::TrainingProgress)
Q_DECLARE_METATYPE(soundalike::ModelTrainingOutcome)
