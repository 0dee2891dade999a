#include "core/embedding/SimilarityLearner.h"

#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/DescriptorLayout.h"
#include "core/common/AppPaths.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/RelatedAlbums.h"
#include "core/embedding/TrackLabels.h"
#include "core/storage/Database.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>

namespace soundalike {

namespace {

constexpr double kMinLabelledShare = 0.2;
constexpr int kMinClassSize = 3;

// A class of fewer than kMinClassSize tracks teaches nothing general: its tracks count as unlabelled.
std::vector<int> withoutSmallClasses(std::vector<int> classOf)
{
    std::map<int, int> sizes;
    for (int label : classOf)
        ++sizes[label];
    for (int& label : classOf) {
        if (label >= 0 && sizes[label] < kMinClassSize)
            label = -1;
    }
    return classOf;
}

// InfoNCE's pairs are two segments of one track; the trainer needs 8 such rows in 2 tracks or more.
// Self-supervision needs at least this many tracks of two segments or more.
constexpr int kMinPairedTracks = 4;

bool hasSegmentPairs(const AnalysedLibrary& library)
{
    std::vector<int> segments(library.trackIds.size(), 0);
    for (int owner : library.segmentOwner)
        ++segments[std::size_t(owner)];
    return std::count_if(segments.begin(), segments.end(), [](int n) { return n >= 2; }) >= kMinPairedTracks;
}

std::vector<int> trainingClasses(const TrackLabels& labels)
{
    return withoutSmallClasses(labels.primaryLabels());
}

// Per segment row, its track's class.
std::vector<int> perSegment(const AnalysedLibrary& library, const std::vector<int>& classOf)
{
    std::vector<int> rows;
    rows.reserve(library.segmentOwner.size());
    for (int owner : library.segmentOwner)
        rows.push_back(classOf[std::size_t(owner)]);
    return rows;
}

// Without usable genre labels every track is its own class: its segments are positives of each other. (Making
// the tracks of one artist positives too measured worse on real music: 0.22 against 0.26 P@10,
// artist-filtered; one album's tracks as positives, 0.307 against 0.255 on the development part, but it
// pulled whole albums together and lost 0.03 album-filtered on the whole set: docs/quality.md.)
//
// Copies of one recording (another format, bitrate or tags, found by fingerprint) are one class. As negatives
// they taught the network to tell codecs apart, and that pulled every song with copies into one island: in a
// mixed library, 14 songs in 38 copies sat apart on the map and filled each other's playlists first.
std::vector<int> selfSupervisedClasses(const TrackLabels& labels)
{
    if (labels.recordings.size() == labels.groups.size())
        return labels.recordings;
    std::vector<int> classOf(labels.groups.size(), 0);
    std::iota(classOf.begin(), classOf.end(), 0);
    return classOf;
}

} // namespace

SimilarityLearner::SimilarityLearner(QString databasePath, EmbeddingBackend& backend)
    : m_databasePath(std::move(databasePath)), m_backend(backend)
{}

QString SimilarityLearner::modelFile(const QString& databasePath, std::int64_t modelId)
{
    // Named after the database too: two libraries in one folder share the models folder, and their model ids
    // both start at 1.
    return AppPaths::modelsFolder(databasePath) +
           QStringLiteral("/%1.model-%2.pt").arg(QFileInfo(databasePath).fileName()).arg(modelId);
}

int SimilarityLearner::usableLabelCount(const TrackLabels& labels)
{
    const std::vector<int> classes = trainingClasses(labels);
    return int(std::count_if(classes.begin(), classes.end(), [](int label) { return label >= 0; }));
}

namespace {

// Enough labelled tracks in enough classes to learn anything from, whatever the rest of the library.
bool labelsCanTeach(const TrackLabels& labels)
{
    std::map<int, int> sizes;
    for (int label : trainingClasses(labels)) {
        if (label >= 0)
            ++sizes[label];
    }
    return sizes.size() >= 2 &&
           SimilarityLearner::usableLabelCount(labels) >= SimilarityLearner::kMinLabelledTracks;
}

} // namespace

bool SimilarityLearner::labelsAreUsable(const TrackLabels& labels, int tracks)
{
    return labelsCanTeach(labels) && usableLabelCount(labels) >= kMinLabelledShare * tracks;
}

Supervision SimilarityLearner::supervision(const LearnOptions& options, const TrackLabels& labels,
                                           const AnalysedLibrary& library)
{
    const int tracks = int(library.trackIds.size());
    const bool pairs = hasSegmentPairs(library);
    const auto fromTheSound = [&] {
        if (!pairs && tracks < kMinPairedTracks)
            throw std::invalid_argument("too few tracks to train a model: " + std::to_string(tracks) +
                                        " analysed");
        if (!pairs)
            throw NothingToLearn(
                "nothing to learn from: learning from the sound pairs two " +
                std::to_string(int(analysis::kSegmentSeconds)) +
                "-second pieces of one song, and fewer than " + std::to_string(kMinPairedTracks) +
                " songs are " + std::to_string(int(2 * analysis::kSegmentSeconds)) + " seconds long or more" +
                (options.signal == TrainingSignal::Auto && !options.loss
                     ? std::string(", with too few genre tags to learn from instead")
                     : std::string()) +
                "; similar songs are found by their audio descriptors");
        return Supervision::SelfSupervised;
    };
    if (options.loss == MetricLoss::InfoNce) {
        if (options.signal == TrainingSignal::Labels)
            throw std::invalid_argument(
                "the infonce loss learns without labels: train self-supervised or with the automatic signal");
        return fromTheSound();
    }
    if (options.signal == TrainingSignal::Labels && !labelsCanTeach(labels))
        throw std::invalid_argument(
            "too few genre tags to learn from: " + std::to_string(usableLabelCount(labels)) +
            " tracks have one; learning from tags needs " + std::to_string(kMinLabelledTracks) +
            " or more in at least 2 genres (train with the automatic signal: it learns from the sound)");
    const bool withLabels = options.signal == TrainingSignal::Labels ||
                            (options.signal == TrainingSignal::Auto && labelsAreUsable(labels, tracks));
    if (!withLabels) {
        // Self-supervision pairs two segments of one track: with clips too short for that, the tags that
        // there are are all there is to learn from.
        if (options.signal == TrainingSignal::Auto && !pairs && labelsCanTeach(labels))
            return Supervision::Labels;
        return fromTheSound();
    }
    return options.loss || !pairs ? Supervision::Labels : Supervision::SemiSupervised;
}

QString SimilarityLearner::signalName(Supervision supervision)
{
    switch (supervision) {
    case Supervision::SemiSupervised:
        return QStringLiteral("semi-supervised");
    case Supervision::Labels:
        return QStringLiteral("labels");
    case Supervision::SelfSupervised:
        break;
    }
    return QStringLiteral("self-supervised");
}

TrainOptions SimilarityLearner::trainOptions(const LearnOptions& options, Supervision supervision)
{
    TrainOptions train;
    train.dim = options.dim;
    train.epochs = options.epochs;
    train.seed = options.seed;
    train.threads = options.threads;
    const bool labelsOnly = supervision == Supervision::Labels;
    train.loss = labelsOnly ? options.loss.value_or(MetricLoss::ArcFace) : MetricLoss::InfoNce;
    train.inputVersion = DescriptorLayout::kVersion;
    // Self-supervision needs segments: its positive pairs are two segments of one track.
    train.input = labelsOnly ? options.input : QStringLiteral("segments");
    train.tagWeight = supervision == Supervision::SemiSupervised ? options.tagWeight : 0.0;
    train.genreWeight = options.genreWeight;
    return train;
}

TrainingData SimilarityLearner::trainingData(const AnalysedLibrary& library, const TrackLabels& labels,
                                             Supervision supervision, const QString& input)
{
    const bool labelsOnly = supervision == Supervision::Labels;
    const std::vector<int> classOf = labelsOnly ? trainingClasses(labels) : selfSupervisedClasses(labels);
    TrainingData data;
    if (input == QLatin1String("summary") && labelsOnly) {
        data.inputs = library.summaries;
        data.labels = classOf;
        return data;
    }
    data.inputs = library.segments;
    data.labels = perSegment(library, classOf);
    data.rowsPerEpoch = int(library.trackIds.size());
    if (labelsOnly)
        return data;
    data.views = DescriptorViews::forDescriptors();
    // The other tracks of a track's album (its tag, else its folder when its songs sound alike) are not
    // pushed away from it: they share what is closest to style (instruments, production). Measured on the
    // development part: 0.297 against 0.255 P@10 artist-filtered; on the whole set 0.446 / 0.377 against
    // 0.352 / 0.292 artist- / album-filtered, and no gain with albums shuffled among the tracks
    // (docs/quality.md).
    if (!labels.albums.empty())
        data.related = perSegment(library, RelatedAlbums::of(library, labels));
    if (supervision == Supervision::SemiSupervised) {
        data.familyLabels = perSegment(library, trainingClasses(labels));
        if (labels.genres.size() == library.trackIds.size())
            data.genreLabels = perSegment(library, withoutSmallClasses(labels.genres));
    }
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
    const Supervision how = supervision(options, labels, library);
    LearnResult result;
    result.tracks = int(library.trackIds.size());
    result.labelledTracks = how == Supervision::SelfSupervised ? 0 : usableLabelCount(labels);
    result.signal = signalName(how);

    const TrainOptions train = trainOptions(options, how);
    const TrainingData data = trainingData(library, labels, how, train.input);
    auto model = m_backend.train(data, train, progress, cancel);
    if (!model)
        throw std::runtime_error("training was cancelled");

    // Embedded before anything is written, so the model and its embeddings commit together: a search never
    // finds the new model half embedded, and a process killed meanwhile leaves the previous model in use.
    const FeatureMatrix vectors = embedTracks(*model, library);
    // A diverged training (a loss gone to infinity) gives vectors that are not numbers: every song would
    // match every seed. The model in use stays.
    if (!std::all_of(vectors.values.begin(), vectors.values.end(), [](float v) { return std::isfinite(v); }))
        throw std::runtime_error(
            "training diverged: the new model's vectors are not numbers; the model in use is "
            "kept");
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
        QDir().mkpath(AppPaths::modelsFolder(m_databasePath));
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
    QDir folder(AppPaths::modelsFolder(m_databasePath));
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
