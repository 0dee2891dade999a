#pragma once

#include "core/embedding/DescriptorViews.h"
#include "core/embedding/FeatureMatrix.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace soundalike {

enum class MetricLoss
{
    Triplet,
    ArcFace,
    InfoNce // contrastive, for self-supervision: two views of one class against all others in the batch
};

inline const char* metricLossName(MetricLoss loss)
{
    switch (loss) {
    case MetricLoss::Triplet:
        return "triplet";
    case MetricLoss::ArcFace:
        return "arcface";
    case MetricLoss::InfoNce:
        return "infonce";
    }
    return "";
}

struct TrainOptions
{
    MetricLoss loss = MetricLoss::ArcFace; // measured best on real music (docs/quality.md)
    int dim = 32;
    int epochs = 40;
    std::uint64_t seed = 1;
    int hidden1 = 64;
    int hidden2 = 128;
    bool batchNorm = true;
    double learningRate = 2e-3;
    double margin = 0.2;      // triplet margin on L2-normalised embeddings
    double arcScale = 30.0;   // ArcFace s
    double arcMargin = 0.3;   // ArcFace m, radians
    double temperature = 1.0; // InfoNCE τ; 0.1–0.5 measured worse on real music (docs/quality.md)
    // Semi-supervised training (InfoNCE with TrainingData::familyLabels): the weight of the genre-tag
    // ArcFace term against InfoNCE (0: self-supervised only), and of its genre level against its family
    // level. Measured on real music with noisy tags (docs/quality.md).
    double tagWeight = 0;
    double genreWeight = 0.5;
    int classesPerBatch = 16;
    int samplesPerClass = 4;
    double validationShare = 0.1;
    int threads = 0; // 0: one thread, the fastest for networks this small
    int inputVersion = 0;
    QString input = QStringLiteral("summary"); // what a row is ("summary" or "segments"), kept with the model
};

// Rows to learn from. `labels[i]` is the class of row i (-1: none); rows of one class should end up close.
// For self-supervised training a class is a track and its rows are that track's segments, seen through
// `views`.
struct TrainingData
{
    FeatureMatrix inputs;
    std::vector<int> labels;
    int rowsPerEpoch = 0;  // 0: all rows; with segment rows, the track count
    DescriptorViews views; // how training changes each row it draws (nothing when empty)
    // InfoNCE only: rows of equal `related` value (>= 0), such as segments of one album's tracks, are never
    // each other's negatives. Empty: every other class is a negative.
    std::vector<int> related;
    // Semi-supervised training: per row, the class of its track's genre family and of its genre below the
    // family (-1: none), taught beside the self-supervised InfoNCE on `labels` (empty: none).
    std::vector<int> familyLabels;
    std::vector<int> genreLabels;
};

struct EpochReport
{
    int epoch = 0;
    int epochs = 0;
    double loss = 0;
    double validation = 0; // precision@10 of held-out rows, by label
};

// A trained similarity model: standardises raw inputs, runs the MLP, L2-normalises.
class EmbeddingModel
{
public:
    virtual ~EmbeddingModel() = default;

    virtual int inputDim() const = 0;
    virtual int outputDim() const = 0;
    virtual FeatureMatrix embed(const FeatureMatrix& inputs) const = 0;
    // Written atomically (temporary file, then rename). Throws std::runtime_error on failure.
    virtual void save(const QString& path) const = 0;
    virtual QJsonObject options() const = 0;
};

// What the libtorch module offers the rest of the program. The interface is plain C++ and Qt Core, so no
// code outside core/embedding includes a libtorch header.
class EmbeddingBackend
{
public:
    using Progress = std::function<void(const EpochReport&)>;

    virtual ~EmbeddingBackend() = default;

    // The libtorch version the module was built against, e.g. "1.13.1".
    virtual QString runtimeVersion() const = 0;
    // Throws std::invalid_argument when the data cannot train a model (too few rows or classes).
    virtual std::unique_ptr<EmbeddingModel> train(const TrainingData& data, const TrainOptions& options,
                                                  const Progress& progress,
                                                  const std::atomic_bool& cancel) = 0;
    // nullptr with `error` set when the file is missing, corrupt or of another format version.
    virtual std::unique_ptr<EmbeddingModel> load(const QString& path, QString* error) = 0;
};

} // namespace soundalike

// The module's one exported symbol; the caller owns the returned object.
extern "C" soundalike::EmbeddingBackend* soundalike_create_embedding_backend();
