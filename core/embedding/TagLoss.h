#pragma once

#include "core/embedding/ClassBatchSampler.h"
#include "core/embedding/EmbeddingBackend.h"
#include "core/embedding/TorchNetwork.h"

#include <functional>

namespace soundalike {

// The supervised term of semi-supervised training: ArcFace on the tracks whose genre tags give a usable
// label, at the family level and (weighted less) at the genre level, added to the self-supervised InfoNCE
// loss that every track takes part in. Inactive when the data carries no tag labels or the weight is 0.
class TagLoss
{
public:
    using Inputs = std::function<torch::Tensor(const std::vector<std::int64_t>& rows)>;

    TagLoss() = default;
    // Draws the heads' initial centres from libtorch's generator: construct after seeding it.
    TagLoss(const TrainingData& data, const TrainOptions& options);

    bool active() const { return !m_levels.empty(); }
    std::vector<torch::Tensor> parameters() const;
    int familyClasses() const;
    // The weighted sum over levels of ArcFace on one P × K batch each; rows are read through `inputs`.
    torch::Tensor loss(Mlp& network, const Inputs& inputs, std::mt19937_64& rng);

private:
    struct Level
    {
        ClassBatchSampler sampler;
        ArcFaceHead head;
        double weight;
    };

    const TrainOptions* m_options = nullptr;
    std::vector<Level> m_levels;
};

} // namespace soundalike
