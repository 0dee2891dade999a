#pragma once

#include "core/embedding/EmbeddingBackend.h"
#include "core/embedding/LearnOptions.h"
#include "core/storage/ModelStore.h"

#include <QString>

#include <optional>
#include <stdexcept>

namespace soundalike {

struct AnalysedLibrary;
class Database;
struct TrackLabels;

// What a model learns from, decided by the signal asked for, the loss and the tags.
enum class Supervision
{
    SelfSupervised, // InfoNCE on descriptor views of every track
    SemiSupervised, // the same plus ArcFace on the tracks with a usable genre label (family and genre)
    Labels          // ArcFace or triplet on the labelled tracks only (an explicit --loss with labels)
};

struct LearnResult
{
    ModelRecord model;
    int tracks = 0;
    int labelledTracks = 0;
    QString signal; // "semi-supervised", "labels" or "self-supervised"
    double seconds = 0;
};

// Trains a model on the library, saves and registers it, and writes embeddings for every analysed track;
// embeds tracks analysed later with the current model. Plain C++ over EmbeddingBackend: libtorch stays in
// its module.
// Training cannot start for want of something to learn from, not for a fault: no usable tags, and songs too
// short to pair two pieces of one. An automatic training that meets it simply does not happen.
class NothingToLearn : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

class SimilarityLearner
{
public:
    // Genre labels carry training only when at least this many tracks have one (and a fifth of the library).
    static constexpr int kMinLabelledTracks = 30;

    SimilarityLearner(QString databasePath, EmbeddingBackend& backend);

    LearnResult train(const LearnOptions& options, const EmbeddingBackend::Progress& progress,
                      const std::atomic_bool& cancel);
    // Embeds analysed tracks that have no embedding from the current model; returns how many.
    int updateEmbeddings();
    // The newest model of the current descriptor version whose file loads.
    std::optional<ModelRecord> currentModel(std::unique_ptr<EmbeddingModel>* loaded = nullptr);

    static QString modelFile(const QString& databasePath, std::int64_t modelId);
    static TrainingData trainingData(const AnalysedLibrary& library, const TrackLabels& labels,
                                     Supervision supervision, const QString& input);
    // One L2-normalised embedding per track of `library`: the mean of its segment embeddings when the model
    // reads segments, else its summary's embedding.
    static FeatureMatrix embedTracks(const EmbeddingModel& model, const AnalysedLibrary& library);
    // Per track of `library`, the L2-normalised mean of its rows of `perSegment` (one row per segment); a
    // track without segments keeps its row of `fallback`.
    static FeatureMatrix trackMeans(const FeatureMatrix& perSegment, const AnalysedLibrary& library,
                                    FeatureMatrix fallback);
    // Tracks whose label can teach: a style label shared by at least a few tracks.
    static int usableLabelCount(const TrackLabels& labels);
    // Whether the tags can carry training: enough labelled tracks in enough classes.
    static bool labelsAreUsable(const TrackLabels& labels, int tracks);
    // How training with `options` learns from `labels`. Throws std::invalid_argument when the loss cannot
    // learn from the signal asked for, NothingToLearn when neither tags nor the sound can teach.
    // Semi-supervision needs tracks of two segments or more (very short clips have one): without enough,
    // labels are learnt alone.
    static Supervision supervision(const LearnOptions& options, const TrackLabels& labels,
                                   const AnalysedLibrary& library);
    static QString signalName(Supervision supervision);
    // What the backend is given for a model trained that way.
    static TrainOptions trainOptions(const LearnOptions& options, Supervision supervision);

private:
    void removeAbandonedModelFiles() const;
    // Within the caller's transaction.
    static void storeEmbeddings(Database& db, std::int64_t modelId, const FeatureMatrix& vectors,
                                const std::vector<std::int64_t>& trackIds);

    QString m_databasePath;
    EmbeddingBackend& m_backend;
};

} // namespace soundalike
