#include "app/cli/TrainCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Interrupt.h"
#include "app/cli/LearnOptionsParser.h"
#include "core/embedding/EmbeddingModule.h"

#include <QJsonArray>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

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
    QString error;
    const auto backend = EmbeddingModule::load(&error);
    if (!backend)
        throw std::runtime_error(error.toStdString());
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
    std::atomic_bool cancel = false;
    SimilarityLearner learner(context.databasePath(), *backend);
    Interrupt::install();
    const LearnResult result = Interrupt::wait(
        QtConcurrent::run([&] { return learner.train(options, progress, cancel); }), [&] { cancel = true; });
    if (json) {
        context.printJson(QJsonObject{
            {QStringLiteral("model"), qint64(result.model.id)},
            {QStringLiteral("file"), result.model.file},
            {QStringLiteral("options"), result.model.options},
            {QStringLiteral("tracks"), result.tracks},
            {QStringLiteral("labelled_tracks"), result.labelledTracks},
            {QStringLiteral("signal"), result.signal},
            {QStringLiteral("seconds"), result.seconds},
            {QStringLiteral("epochs"), epochs},
        });
    } else {
        context.out() << QStringLiteral("Model %1 trained on %2 tracks (%3, %4 labelled) in %5 s: %6\n")
                             .arg(result.model.id)
                             .arg(result.tracks)
                             .arg(result.signal)
                             .arg(result.labelledTracks)
                             .arg(result.seconds, 0, 'f', 1)
                             .arg(result.model.file);
    }
    return 0;
}

} // namespace soundalike::cli
