#include "core/service/ModelTraining.h"

#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/embedding/TrainingPolicy.h"
#include "core/storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

// Everything else as `soundalike-cli train` does it, `--signal auto` included: genre labels when enough
// tracks carry them, else self-supervision.
LearnOptions learnOptions(const ModelOptions& options)
{
    LearnOptions learn;
    learn.train.loss = options.loss;
    learn.train.dim = options.dim;
    learn.train.epochs = options.epochs;
    return learn;
}

} // namespace

ModelTraining::ModelTraining(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<TrainingProgress>();
    qRegisterMetaType<ModelTrainingOutcome>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progress.reset();
        emit runningChanged(false);
        emit finished(m_watcher.result());
    });
}

ModelTraining::~ModelTraining()
{
    cancel();
    m_watcher.waitForFinished();
}

void ModelTraining::trainIfDue(const ModelOptions& options)
{
    start(options, true);
}

void ModelTraining::train(const ModelOptions& options)
{
    start(options, false);
}

void ModelTraining::cancel()
{
    m_cancel = true;
}

void ModelTraining::start(const ModelOptions& options, bool onlyIfDue)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_progress.reset();
    m_watcher.setFuture(QtConcurrent::run([this, options, onlyIfDue] { return work(options, onlyIfDue); }));
    emit runningChanged(true);
}

// On the worker thread: reports reach the GUI thread as queued calls, which Qt drops if this object is gone
// (it never is: the destructor waits for the work).
ModelTrainingOutcome ModelTraining::work(const ModelOptions& options, bool onlyIfDue)
{
    ModelTrainingOutcome outcome;
    try {
        if (onlyIfDue) {
            Database db(m_databasePath);
            if (!TrainingPolicy::check(db).due) {
                outcome.skipped = true;
                return outcome;
            }
        }
        QMetaObject::invokeMethod(
            this, [this] { emit started(); }, Qt::QueuedConnection);
        const auto backend = EmbeddingModule::load(&outcome.error);
        if (!backend)
            return outcome;
        const LearnResult result = SimilarityLearner(m_databasePath, *backend)
                                       .train(
                                           learnOptions(options),
                                           [this](const EpochReport& r) {
                                               report({r.epoch, r.epochs, r.loss, r.validation});
                                           },
                                           m_cancel);
        outcome.trained = true;
        outcome.modelId = result.model.id;
        outcome.tracks = result.tracks;
        outcome.signal = result.signal;
        outcome.seconds = result.seconds;
    } catch (const std::exception& e) {
        outcome.cancelled = m_cancel;
        if (!outcome.cancelled)
            outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

void ModelTraining::report(const TrainingProgress& progress)
{
    QMetaObject::invokeMethod(
        this,
        [this, progress] {
            m_progress = progress;
            emit this->progress(progress);
        },
        Qt::QueuedConnection);
}

} // namespace soundalike
