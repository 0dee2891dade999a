#include "app/cli/EvalCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Interrupt.h"
#include "app/cli/LearnOptionsParser.h"
#include "core/service/Evaluation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike::cli {

namespace {

QJsonObject reportJson(const EvaluationReport& report)
{
    const EvaluationResult& r = report.result;
    return QJsonObject{
        {QStringLiteral("tracks"), r.tracks},
        {QStringLiteral("queries"), r.queries},
        {QStringLiteral("labels"), r.labels},
        {QStringLiteral("p_at_10"), r.pAt10},
        {QStringLiteral("p_at_10_chance"), r.pAt10Chance},
        {QStringLiteral("p_at_10_filtered"), r.pAt10Filtered},
        {QStringLiteral("p_at_10_filtered_chance"), r.pAt10FilteredChance},
        {QStringLiteral("p_at_10_album_filtered"), r.pAt10AlbumFiltered},
        {QStringLiteral("p_at_10_album_filtered_chance"), r.pAt10AlbumFilteredChance},
        {QStringLiteral("knn5_accuracy"), r.knn5Accuracy},
        {QStringLiteral("knn5_chance"), r.knn5Chance},
        {QStringLiteral("hub_share"), r.hubShare},
        {QStringLiteral("seed_metric_euclidean"), r.seedMetricEuclidean},
        {QStringLiteral("seed_metric_cosine"), r.seedMetricCosine},
        {QStringLiteral("seed_metric_chance"), r.seedMetricChance},
        {QStringLiteral("model"), report.model},
    };
}

} // namespace

QString EvalCommand::summary() const
{
    return QStringLiteral("Measure how well neighbours share labels (genre tags or --labels FILE).");
}

void EvalCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("labels"),
         QStringLiteral("TSV of path<TAB>label[<TAB>group[<TAB>album]] to evaluate against instead of genre "
                        "tags."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("features"),
         QStringLiteral("model (the current model), raw (standardised descriptors, the baseline) or "
                        "raw-segments (the mean of each track's standardised segment descriptors)."),
         QStringLiteral("KIND"), QStringLiteral("model")});
    parser.addOption(
        {QStringLiteral("holdout"),
         QStringLiteral("Train a fresh model without the labels of this share of tracks (e.g. 0.3) and "
                        "evaluate those tracks as queries."),
         QStringLiteral("SHARE")});
    parser.addOption(
        {QStringLiteral("playlists"),
         QStringLiteral("Judge generated playlists instead of neighbours (GUI defaults, 10 and 30 "
                        "songs); needs --labels.")});
    parser.addOption({QStringLiteral("seed-labels"),
                      QStringLiteral("With --playlists: draw seeds only from the tracks of this TSV (e.g. a "
                                     "development part)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sets"),
                      QStringLiteral("With --playlists: sets of 3 seeds per style (default 5)."),
                      QStringLiteral("N")});
    LearnOptionsParser::addOptions(parser);
}

int EvalCommand::run(CliContext& context) const
{
    if (context.options().isSet(QStringLiteral("playlists")))
        return runPlaylists(context);
    EvaluationRequest request;
    request.labelsFile = context.options().value(QStringLiteral("labels"));
    const QString features = context.options().value(QStringLiteral("features"));
    if (features == QLatin1String("raw"))
        request.features = EvaluatedFeatures::Raw;
    else if (features == QLatin1String("raw-segments"))
        request.features = EvaluatedFeatures::RawSegments;
    else if (features != QLatin1String("model"))
        throw UsageError("--features takes model, raw or raw-segments");
    const char* holdoutUsage = "--holdout takes a share between 0 and 1, e.g. 0.3";
    request.holdout = context.numberOption(QStringLiteral("holdout"), request.holdout, 0, 1, holdoutUsage);
    if (context.options().isSet(QStringLiteral("holdout")) && (request.holdout == 0 || request.holdout == 1))
        throw UsageError(holdoutUsage);
    request.learn = LearnOptionsParser::parse(context);
    request.seed = request.learn.seed;
    const QString database = context.databasePath();
    std::atomic_bool cancel = false;
    Interrupt::install();
    const EvaluationReport report =
        Interrupt::wait(QtConcurrent::run([&] { return Evaluation::run(database, request, cancel); }),
                        [&] { cancel = true; });
    if (context.json()) {
        context.printJson(reportJson(report));
        return 0;
    }
    const EvaluationResult& r = report.result;
    QTextStream& out = context.out();
    out << QStringLiteral("Evaluated %1 (%2 tracks, %3 queries, %4 labels)\n")
               .arg(report.model)
               .arg(r.tracks)
               .arg(r.queries)
               .arg(r.labels);
    const auto line = [&](const char* name, double value, double chance) {
        out << QStringLiteral("  %1 %2   (chance %3)\n")
                   .arg(QLatin1String(name), -26)
                   .arg(value, 0, 'f', 3)
                   .arg(chance, 0, 'f', 3);
    };
    line("P@10, artist filtered", r.pAt10Filtered, r.pAt10FilteredChance);
    line("P@10, album filtered", r.pAt10AlbumFiltered, r.pAt10AlbumFilteredChance);
    line("P@10", r.pAt10, r.pAt10Chance);
    line("k-NN@5 accuracy", r.knn5Accuracy, r.knn5Chance);
    line("genre metric (Euclidean)", r.seedMetricEuclidean, r.seedMetricChance);
    line("genre metric (cosine)", r.seedMetricCosine, r.seedMetricChance);
    out << QStringLiteral("  %1 %2\n").arg(QStringLiteral("hub share"), -26).arg(r.hubShare, 0, 'f', 3);
    return 0;
}

} // namespace soundalike::cli
