#include "app/cli/TrainCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Interrupt.h"
#include "app/cli/LearnOptionsParser.h"
#include "core/service/LibraryPipeline.h"

#include <QJsonArray>
#include <QMutex>

#include <cstdio>

namespace soundalike::cli {

QString TrainCommand::summary() const
{
    return QStringLiteral("Learn a similarity space for this library and embed every analysed track.");
}

void TrainCommand::addOptions(QCommandLineParser& parser) const
{
    LearnOptionsParser::addOptions(parser);
}

int TrainCommand::run(CliContext& context) const
{
    const LearnOptions options = LearnOptionsParser::parse(context);
    QJsonArray epochs;
    QMutex mutex;
    const bool json = context.json();
    const auto progress = [&](const EpochReport& r) {
        const QMutexLocker lock(&mutex);
        epochs.append(QJsonObject{{QStringLiteral("epoch"), r.epoch},
                                  {QStringLiteral("loss"), r.loss},
                                  {QStringLiteral("validation_p_at_10"), r.validation}});
        if (!json)
            std::printf("Epoch %d/%d: loss %.4f, validation P@10 %.3f\n", r.epoch, r.epochs, r.loss,
                        r.validation);
        std::fflush(stdout);
    };
    JobQueue queue;
    LibraryPipeline pipeline(context.databasePath(), queue);
    TrainingOutcome result;
    QString error;
    bool cancelled = false;
    pipeline.train(
        options,
        [&](TrainingJob& job) {
            result = job.outcome();
            error = job.error();
            cancelled = job.cancelled();
        },
        progress);
    Interrupt::waitUntilIdle(queue);
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
    if (cancelled)
        throw std::runtime_error("training was cancelled");
    if (json) {
        context.printJson(QJsonObject{
            {QStringLiteral("model"), qint64(result.modelId)},
            {QStringLiteral("file"), result.modelFile},
            {QStringLiteral("options"), result.modelOptions},
            {QStringLiteral("tracks"), result.tracks},
            {QStringLiteral("labelled_tracks"), result.labelledTracks},
            {QStringLiteral("signal"), result.signal},
            {QStringLiteral("seconds"), result.seconds},
            {QStringLiteral("epochs"), epochs},
        });
    } else {
        context.out() << QStringLiteral("Model %1 trained on %2 tracks (%3, %4 labelled) in %5 s: %6\n")
                             .arg(result.modelId)
                             .arg(result.tracks)
                             .arg(result.signal)
                             .arg(result.labelledTracks)
                             .arg(result.seconds, 0, 'f', 1)
                             .arg(result.modelFile);
    }
    return 0;
}

} // namespace soundalike::cli
