#include "core/embedding/SimilarityLearner.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/TrackLabels.h"
#include "core/storage/Database.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>

namespace soundalike {

namespace {

constexpr double kMinLabelledShare = 0.2;
constexpr int kMinClassSize = 3;

// A class of fewer than kMinClassSize tracks teaches nothing general: its tracks count as unlabelled.
std::vector<int> trainingClasses(const TrackLabels& labels)
{
    std::vector<int> primary = labels.primaryLabels();
    std::map<int, int> sizes;
    for (int label : primary)
        ++sizes[label];
    for (int& label : primary) {
        if (label >= 0 && sizes[label] < kMinClassSize)
            label = -1;
    }
    return primary;
}

// Without usable genre labels every track is its own class: its segments are positives of each other. (Making
// the tracks of one artist positives too measured worse on real music: 0.22 against 0.26 P@10,
// artist-filtered.)
std::vector<int> selfSupervisedClasses(const TrackLabels& labels)
{
    std::vector<int> classOf(labels.groups.size(), 0);
    std::iota(classOf.begin(), classOf.end(), 0);
    return classOf;
}

} // namespace

SimilarityLearner::SimilarityLearner(QString databasePath, EmbeddingBackend& backend)
    : m_databasePath(std::move(databasePath)), m_backend(backend)
{}

QString SimilarityLearner::modelsFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/models");
}

QString SimilarityLearner::modelFile(const QString& databasePath, std::int64_t modelId)
{
    // Named after the database too: two libraries in one folder share the models folder, and their model ids
    // both start at 1.
    return modelsFolder(databasePath) +
           QStringLiteral("/%1.model-%2.pt").arg(QFileInfo(databasePath).fileName()).arg(modelId);
}

bool SimilarityLearner::labelsAreUsable(const TrackLabels& labels, int tracks)
{
    const std::vector<int> classes = trainingClasses(labels);
    std::map<int, int> sizes;
    int labelled = 0;
    for (int label : classes) {
        if (label >= 0) {
            ++sizes[label];
            ++labelled;
        }
    }
    return sizes.size() >= 2 && labelled >= kMinLabelledTracks && labelled >= kMinLabelledShare * tracks;
}

bool SimilarityLearner::usesLabels(const LearnOptions& options, const TrackLabels& labels, int tracks)
{
    if (options.loss == MetricLoss::InfoNce) {
        if (options.signal == TrainingSignal::Labels)
            throw std::invalid_argument(
                "the infonce loss learns without labels: train self-supervised or with the automatic signal");
        return false;
    }
    return options.signal == TrainingSignal::Labels ||
           (options.signal == TrainingSignal::Auto && labelsAreUsable(labels, tracks));
}

TrainOptions SimilarityLearner::trainOptions(const LearnOptions& options, bool supervised)
{
    TrainOptions train;
    train.dim = options.dim;
    train.epochs = options.epochs;
    train.seed = options.seed;
    train.threads = options.threads;
    train.loss = options.loss.value_or(supervised ? MetricLoss::ArcFace : MetricLoss::InfoNce);
    train.inputVersion = DescriptorLayout::kVersion;
    // Self-supervision needs segments: its positive pairs are two segments of one track.
    train.input = supervised ? options.input : QStringLiteral("segments");
    return train;
}

TrainingData SimilarityLearner::trainingData(const AnalysedLibrary& library, const TrackLabels& labels,
                                             bool supervised, const QString& input)
{
    const std::vector<int> classOf = supervised ? trainingClasses(labels) : selfSupervisedClasses(labels);
    TrainingData data;
    if (input == QLatin1String("summary") && supervised) {
        data.inputs = library.summaries;
        data.labels = classOf;
        return data;
    }
    data.inputs = library.segments;
    for (int owner : library.segmentOwner)
        data.labels.push_back(classOf[std::size_t(owner)]);
    data.rowsPerEpoch = int(library.trackIds.size());
    if (!supervised)
        data.views = DescriptorViews::forDescriptors();
    return data;
}

FeatureMatrix SimilarityLearner::embedTracks(const EmbeddingModel& model, const AnalysedLibrary& library)
{
    const bool segments =
        model.options().value(QStringLiteral("input")).toString() == QLatin1String("segments");
    if (!segments || library.segments.rows == 0)
        return model.embed(library.summaries);
    return trackMeans(model.embed(library.segments), library, model.embed(library.summaries));
}

FeatureMatrix SimilarityLearner::trackMeans(const FeatureMatrix& perSegment, const AnalysedLibrary& library,
                                            FeatureMatrix fallback)
{
    FeatureMatrix tracks = std::move(fallback);
    std::vector<int> counts(library.trackIds.size(), 0);
    for (int s = 0; s < perSegment.rows; ++s) {
        const int owner = library.segmentOwner[std::size_t(s)];
        float* out = tracks.row(owner);
        if (counts[std::size_t(owner)]++ == 0)
            std::fill_n(out, tracks.cols, 0.0f);
        for (int c = 0; c < tracks.cols; ++c)
            out[c] += perSegment.row(s)[c];
    }
    for (int t = 0; t < tracks.rows; ++t)
        l2Normalise(tracks.row(t), tracks.cols);
    return tracks;
}

LearnResult SimilarityLearner::train(const LearnOptions& options, const EmbeddingBackend::Progress& progress,
                                     const std::atomic_bool& cancel)
{
    QElapsedTimer clock;
    clock.start();
    Database db(m_databasePath);
    const AnalysedLibrary library = AnalysedLibrary::load(db, DescriptorLayout::kVersion);
    if (library.trackIds.size() < 2)
        throw std::invalid_argument(
            "too few tracks to train a model: " + std::to_string(library.trackIds.size()) +
            " analysed (run 'soundalike-cli analyze' first)");
    const TrackLabels labels = TrackLabels::fromGenres(db, library);
    const bool useLabels = usesLabels(options, labels, int(library.trackIds.size()));
    LearnResult result;
    result.tracks = int(library.trackIds.size());
    result.labelledTracks = int(labels.labelledTracks().size());
    result.signal = useLabels ? QStringLiteral("labels") : QStringLiteral("self-supervised");

    const TrainOptions train = trainOptions(options, useLabels);
    const TrainingData data = trainingData(library, labels, useLabels, train.input);
    auto model = m_backend.train(data, train, progress, cancel);
    if (!model)
        throw std::runtime_error("training was cancelled");

    // Embedded before anything is written, so the model and its embeddings commit together: a search never
    // finds the new model half embedded, and a process killed meanwhile leaves the previous model in use.
    const FeatureMatrix vectors = embedTracks(*model, library);
    QJsonObject recordOptions = model->options();
    recordOptions.insert(QStringLiteral("signal"), result.signal);
    recordOptions.insert(QStringLiteral("tracks"), result.tracks);
    ModelRecord record{0, 0, QString(), recordOptions, DescriptorLayout::kVersion, {}};
    {
        // One transaction registers the model and stores its embeddings, so a crash leaves either the
        // previous model in use or this one complete: never a model without its file, nor one without its
        // embeddings (which would leave search to the raw descriptors). The file is in place before the row
        // commits; a crash in between leaves a file that the next model, which gets the same id, replaces.
        Transaction transaction(db);
        record.id = ModelStore(db).add(record);
        QDir().mkpath(modelsFolder(m_databasePath));
        record.file = modelFile(m_databasePath, record.id);
        ModelStore(db).setFile(record.id, record.file);
        removeAbandonedModelFiles();
        model->save(record.file);
        QString error;
        if (!m_backend.load(record.file, &error))
            throw std::runtime_error(error.toStdString());
        storeEmbeddings(db, record.id, vectors, library.trackIds);
        transaction.commit();
    }
    result.model = record;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

void SimilarityLearner::removeAbandonedModelFiles() const
{
    // A model is written through a temporary file, which a training killed while writing leaves behind. The
    // caller holds the database's write lock, so no other process is saving a model of this library now.
    QDir folder(modelsFolder(m_databasePath));
    for (const QString& name : folder.entryList(
             {QFileInfo(m_databasePath).fileName() + QStringLiteral(".model-*.tmp-*")}, QDir::Files))
        folder.remove(name);
}

void SimilarityLearner::storeEmbeddings(Database& db, std::int64_t modelId, const FeatureMatrix& vectors,
                                        const std::vector<std::int64_t>& trackIds)
{
    EmbeddingStore store(db);
    for (int r = 0; r < vectors.rows; ++r)
        store.put(trackIds[std::size_t(r)], modelId, vectors.row(r), vectors.cols);
}

std::optional<ModelRecord> SimilarityLearner::currentModel(std::unique_ptr<EmbeddingModel>* loaded)
{
    Database db(m_databasePath);
    std::vector<ModelRecord> models = ModelStore(db).all();
    for (auto it = models.rbegin(); it != models.rend(); ++it) {
        if (it->inputVersion != DescriptorLayout::kVersion)
            continue;
        auto model = m_backend.load(it->file, nullptr);
        if (!model)
            continue;
        if (loaded)
            *loaded = std::move(model);
        return *it;
    }
    return std::nullopt;
}

int SimilarityLearner::updateEmbeddings()
{
    std::unique_ptr<EmbeddingModel> model;
    const auto record = currentModel(&model);
    if (!record)
        return 0;
    Database db(m_databasePath);
    const std::vector<std::int64_t> missing =
        EmbeddingStore(db).missing(record->id, DescriptorLayout::kVersion);
    if (missing.empty())
        return 0;
    const AnalysedLibrary all = AnalysedLibrary::load(db, DescriptorLayout::kVersion);
    std::vector<int> indices;
    for (std::int64_t id : missing) {
        if (const int index = all.indexOf(id); index >= 0)
            indices.push_back(index);
    }
    const AnalysedLibrary added = all.subset(indices);
    const FeatureMatrix vectors = embedTracks(*model, added);
    Transaction transaction(db);
    storeEmbeddings(db, record->id, vectors, added.trackIds);
    transaction.commit();
    return int(indices.size());
}

} // namespace soundalike
