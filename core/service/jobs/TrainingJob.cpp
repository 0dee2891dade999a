#include "core/service/jobs/TrainingJob.h"

#include "core/common/Logging.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/embedding/TrainingPolicy.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"

#include <stdexcept>

namespace soundalike {

TrainingJob::TrainingJob(QString databasePath, LearnOptions options, bool onlyIfDue)
    : m_databasePath(std::move(databasePath)), m_options(std::move(options)), m_onlyIfDue(onlyIfDue)
{}

QString TrainingJob::describe() const
{
    return m_onlyIfDue ? QStringLiteral("training, if a model is due") : QStringLiteral("training");
}

void TrainingJob::run(JobControl& control)
{
    if (m_onlyIfDue) {
        Database db(m_databasePath);
        const TrainingPolicy::Decision decision = TrainingPolicy::check(db);
        qCDebug(lcEmbedding) << "model due:" << decision.due << "analysed" << decision.analysedTracks
                             << "trained on" << decision.trainedOnTracks;
        if (!decision.due) {
            m_outcome.skipped = true;
            return;
        }
    }
    control.report({0, m_options.epochs, JobProgress::Unit::Epochs, {}});
    QString error;
    const auto backend = EmbeddingModule::load(&error);
    if (!backend)
        throw std::runtime_error(error.toStdString());
    try {
        const LearnResult result =
            SimilarityLearner(m_databasePath, *backend)
                .train(
                    m_options,
                    [&](const EpochReport& r) {
                        control.report({r.epoch, r.epochs, JobProgress::Unit::Epochs, {}});
                        if (m_sink)
                            m_sink(r);
                    },
                    control.cancelFlag());
        m_outcome.trained = true;
        m_outcome.modelId = result.model.id;
        m_outcome.modelFile = result.model.file;
        m_outcome.modelOptions = result.model.options;
        m_outcome.tracks = result.tracks;
        m_outcome.labelledTracks = result.labelledTracks;
        m_outcome.signal = result.signal;
        m_outcome.seconds = result.seconds;
    } catch (const NothingToLearn& e) {
        // Asked for, the reason is the answer; due by the policy, there is simply no model to make yet, and
        // saying it as a failure after every analysis would be noise.
        if (!m_onlyIfDue)
            throw;
        qCInfo(lcEmbedding) << "no model trained:" << e.what();
        m_outcome.skipped = true;
    } catch (const std::exception&) {
        // Cancelling surfaces as an exception from between two batches; it is not a failure.
        if (!control.cancelled())
            throw;
    }
}

} // namespace soundalike
