#pragma once

#include "core/embedding/EmbeddingBackend.h"
#include "core/embedding/TagLoss.h"
#include "core/embedding/TorchModel.h"

#include <random>

namespace soundalike {

// Metric learning on labelled rows: P classes × K rows per batch with triplet (batch-hard) or ArcFace loss,
// or two rows of each of N classes with InfoNCE; each drawn row seen through TrainingData::views; Adam, a
// held-out validation figure per epoch. Deterministic for a seed and a thread count.
class Trainer
{
public:
    Trainer(const TrainingData& data, const TrainOptions& options);

    // nullptr when cancelled.
    std::unique_ptr<TorchModel> run(const EmbeddingBackend::Progress& progress,
                                    const std::atomic_bool& cancel);

private:
    void validate() const;
    void standardisation();
    void split();
    std::vector<int> eligibleClasses() const;
    void drawDistinct(std::vector<int>& members, int take);
    torch::Tensor sampleBatch(torch::Tensor& labels);
    torch::Tensor samplePairs(torch::Tensor& related);
    torch::Tensor inputRows(const std::vector<int64_t>& rows);
    torch::Tensor batchLoss(Mlp& network, ArcFaceHead& head);
    void chooseValidationSet();
    double validation(Mlp& network);
    QJsonObject optionsJson() const;

    const TrainingData& m_data;
    TrainOptions m_options;
    std::mt19937_64 m_rng;
    torch::Tensor m_mean;
    torch::Tensor m_inverseStd;
    torch::Tensor m_inputs;                    // standardised, all rows
    std::vector<int> m_classOf;                // contiguous class per row, -1 when unlabelled
    std::vector<std::vector<int>> m_trainRows; // per class
    std::vector<int> m_validationRows;
    torch::Tensor m_validationCandidates; // rows; the first m_validationQueries are the queries
    torch::Tensor m_validationClasses;
    int64_t m_validationQueries = 0;
    std::vector<int> m_labelledRows;
    int m_classes = 0;
    int m_trainRowCount = 0;
    TagLoss m_tagLoss;
};

} // namespace soundalike
