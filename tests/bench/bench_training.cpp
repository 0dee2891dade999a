// Training and embedding speed on a library-sized synthetic descriptor set: N tracks of the real descriptor
// width, ~12 segments each, 16 genre classes (and self-supervised: every track its own class, albums of ten,
// InfoNCE).
// Prints one JSON object.
//   bench_training [--tracks N] [--epochs E]
#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/SimilarityLearner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <random>

using namespace soundalike;

namespace {

constexpr int kSegments = 12;
constexpr int kClasses = 16;

struct Synthetic
{
    FeatureMatrix summaries;
    TrainingData segments;
    TrainingData summaryRows;
    TrainingData selfSupervised; // the segments, each track its own class, seen through DescriptorViews
    TrainingData semiSupervised; // the same with tag labels on two thirds of the tracks
};

Synthetic makeLibrary(int tracks)
{
    const int dims = DescriptorLayout::dimensions();
    std::mt19937 rng(5);
    std::normal_distribution<float> unit(0.0f, 1.0f);
    std::vector<std::vector<float>> centres(kClasses, std::vector<float>(static_cast<std::size_t>(dims)));
    for (auto& c : centres)
        for (float& v : c)
            v = unit(rng);
    Synthetic lib;
    lib.summaries = FeatureMatrix(tracks, dims);
    lib.segments.inputs = FeatureMatrix(tracks * kSegments, dims);
    for (int t = 0; t < tracks; ++t) {
        const auto& centre = centres[std::size_t(t % kClasses)];
        for (int d = 0; d < dims; ++d)
            lib.summaries.row(t)[d] = centre[std::size_t(d)] + 2.0f * unit(rng);
        for (int s = 0; s < kSegments; ++s) {
            float* row = lib.segments.inputs.row(t * kSegments + s);
            for (int d = 0; d < dims; ++d)
                row[d] = lib.summaries.row(t)[d] + unit(rng);
            lib.segments.labels.push_back(t % kClasses);
            lib.segments.rowsPerEpoch = tracks;
        }
        lib.summaryRows.labels.push_back(t % kClasses);
    }
    lib.summaryRows.inputs = lib.summaries;
    lib.selfSupervised.inputs = lib.segments.inputs;
    // Albums of ten tracks, whose other tracks are not negatives (SimilarityLearner's default).
    for (int t = 0; t < tracks; ++t) {
        lib.selfSupervised.labels.insert(lib.selfSupervised.labels.end(), kSegments, t);
        lib.selfSupervised.related.insert(lib.selfSupervised.related.end(), kSegments, t / 10);
    }
    lib.selfSupervised.rowsPerEpoch = tracks;
    lib.selfSupervised.views = DescriptorViews::forDescriptors();
    // Semi-supervised (the default with genre tags): two thirds of the tracks tagged, with a family (the
    // class) and a genre below it.
    lib.semiSupervised = lib.selfSupervised;
    for (int t = 0; t < tracks; ++t) {
        const bool tagged = t % 3 != 0;
        lib.semiSupervised.familyLabels.insert(lib.semiSupervised.familyLabels.end(), kSegments,
                                               tagged ? t % kClasses : -1);
        lib.semiSupervised.genreLabels.insert(lib.semiSupervised.genreLabels.end(), kSegments,
                                              tagged ? t % (3 * kClasses) : -1);
    }
    return lib;
}

QJsonObject timeTraining(EmbeddingBackend& backend, const TrainingData& data, MetricLoss loss, int epochs,
                         int threads, const FeatureMatrix& embedInput, double tagWeight = 0)
{
    TrainOptions options;
    options.loss = loss;
    options.tagWeight = tagWeight;
    options.epochs = epochs;
    options.threads = threads;
    std::atomic_bool cancel = false;
    QElapsedTimer clock;
    clock.start();
    double validation = 0;
    const auto model = backend.train(
        data, options, [&](const EpochReport& r) { validation = r.validation; }, cancel);
    const double trainSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const FeatureMatrix embedded = model->embed(embedInput);
    const double embedSeconds = clock.nsecsElapsed() / 1e9;
    return QJsonObject{{QStringLiteral("rows"), data.inputs.rows},
                       {QStringLiteral("train_seconds"), trainSeconds},
                       {QStringLiteral("final_validation_p_at_10"), validation},
                       {QStringLiteral("embed_rows"), embedded.rows},
                       {QStringLiteral("embed_seconds"), embedSeconds}};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, int fallback) {
        const auto i = args.indexOf(QLatin1String(name));
        return i > 0 ? args.value(i + 1).toInt() : fallback;
    };
    const int tracks = option("--tracks", 10000);
    const int epochs = option("--epochs", 40);
    const int threads = option("--threads", 0);
    QString error;
    const auto backend = EmbeddingModule::load(&error);
    if (!backend)
        qFatal("%s", qPrintable(error));
    const Synthetic lib = makeLibrary(tracks);
    const QJsonObject result{
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("dimensions"), DescriptorLayout::dimensions()},
        {QStringLiteral("summary_input"),
         timeTraining(*backend, lib.summaryRows, MetricLoss::ArcFace, epochs, threads, lib.summaries)},
        {QStringLiteral("segment_input"),
         timeTraining(*backend, lib.segments, MetricLoss::ArcFace, epochs, threads, lib.segments.inputs)},
        {QStringLiteral("self_supervised_infonce"),
         timeTraining(*backend, lib.selfSupervised, MetricLoss::InfoNce, epochs, threads,
                      lib.segments.inputs)},
        {QStringLiteral("semi_supervised"),
         timeTraining(*backend, lib.semiSupervised, MetricLoss::InfoNce, epochs, threads, lib.segments.inputs,
                      LearnOptions().tagWeight)},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
