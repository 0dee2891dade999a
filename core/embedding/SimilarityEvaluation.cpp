#include "core/embedding/SimilarityEvaluation.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/Standardisation.h"
#include "core/embedding/TrackLabels.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace soundalike {

namespace {

TrackLabels restricted(const TrackLabels& labels, const std::vector<int>& tracks)
{
    TrackLabels out;
    out.names = labels.names;
    out.genreNames = labels.genreNames;
    for (int t : tracks) {
        out.labels.push_back(labels.labels[std::size_t(t)]);
        out.genres.push_back(labels.genres[std::size_t(t)]);
        out.groups.push_back(labels.groups[std::size_t(t)]);
        out.albums.push_back(labels.albums.empty() ? -1 : labels.albums[std::size_t(t)]);
    }
    return out;
}

std::vector<int> hiddenTracks(int count, double share, std::uint64_t seed)
{
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937_64(seed));
    order.resize(std::size_t(double(count) * share));
    std::sort(order.begin(), order.end());
    return order;
}

FeatureMatrix trainAndEmbed(EmbeddingBackend& backend, const AnalysedLibrary& library, TrackLabels labels,
                            const std::vector<int>& hidden, const EvaluationRequest& request,
                            const EmbeddingBackend::Progress& progress, const std::atomic_bool& cancel,
                            QString* description)
{
    for (int t : hidden) {
        labels.labels[std::size_t(t)].clear();
        labels.genres[std::size_t(t)] = -1;
    }
    const int tracks = int(library.trackIds.size());
    Supervision how = SimilarityLearner::supervision(request.learn, labels, library);
    if (!SimilarityLearner::labelsAreUsable(labels, tracks))
        how = Supervision::SelfSupervised;
    const TrainOptions options = SimilarityLearner::trainOptions(request.learn, how);
    const auto model = backend.train(SimilarityLearner::trainingData(library, labels, how, options.input),
                                     options, progress, cancel);
    if (!model)
        throw std::runtime_error("evaluation was cancelled");
    *description = QStringLiteral("holdout %1 (%2, %3)")
                       .arg(QLatin1String(metricLossName(options.loss)), SimilarityLearner::signalName(how),
                            options.input);
    return SimilarityLearner::embedTracks(*model, library);
}

} // namespace

EvaluationReport SimilarityEvaluation::run(const QString& databasePath, EmbeddingBackend* backend,
                                           const EvaluationRequest& request,
                                           const EmbeddingBackend::Progress& progress,
                                           const std::atomic_bool& cancel)
{
    Database db(databasePath);
    const AnalysedLibrary everything = AnalysedLibrary::load(db, DescriptorLayout::kVersion);
    const TrackLabels allLabels = request.labelsFile.isEmpty()
                                      ? TrackLabels::fromGenres(db, everything)
                                      : TrackLabels::fromFile(db, everything, request.labelsFile);
    const std::vector<int> labelled = allLabels.labelledTracks();
    if (labelled.size() < 10)
        throw std::invalid_argument(
            "too few labelled, analysed tracks to evaluate: " + std::to_string(labelled.size()) +
            " (need 10; label tracks with genre tags or --labels FILE)");
    const AnalysedLibrary library = everything.subset(labelled);
    const TrackLabels labels = restricted(allLabels, labelled);
    std::vector<int> all(labelled.size(), 0);
    std::iota(all.begin(), all.end(), 0);
    const std::vector<int> queries = request.holdout > 0
                                         ? hiddenTracks(int(labelled.size()), request.holdout, request.seed)
                                         : std::vector<int>{};
    if (request.holdout > 0 && queries.empty())
        throw std::invalid_argument("--holdout hides no track; use a larger share");

    EvaluationReport report;
    FeatureMatrix vectors;
    if (request.features == EvaluatedFeatures::Raw) {
        vectors = Standardisation::of(library.summaries).apply(library.summaries);
        report.model = QStringLiteral("raw");
    } else if (request.features == EvaluatedFeatures::RawSegments) {
        const FeatureMatrix segments = Standardisation::of(library.segments).apply(library.segments);
        vectors = SimilarityLearner::trackMeans(
            segments, library, Standardisation::of(library.summaries).apply(library.summaries));
        report.model = QStringLiteral("raw segments");
    } else if (!backend) {
        throw std::runtime_error("the embedding module is not available");
    } else if (request.holdout > 0) {
        vectors = trainAndEmbed(*backend, library, labels, queries, request, progress, cancel, &report.model);
    } else {
        std::unique_ptr<EmbeddingModel> model;
        const auto record = SimilarityLearner(databasePath, *backend).currentModel(&model);
        if (!record)
            throw std::runtime_error("no trained model (run 'soundalike-cli train', or use --features raw)");
        vectors = SimilarityLearner::embedTracks(*model, library);
        report.model = QStringLiteral("model %1").arg(record->id);
    }
    report.result = Evaluator::evaluate(vectors, labels.evaluationLabels(all), queries, request.seed);
    return report;
}

} // namespace soundalike
