#pragma once

// libtorch types of the embedding module. Included only by the module's own .cpp files.
#include <torch/nn.h>

namespace soundalike {

// The research report's network: input → h1 → h2 → d with optional BatchNorm and ReLU, L2-normalised output.
struct MlpImpl : torch::nn::Module
{
    MlpImpl(int input, int hidden1, int hidden2, int output, bool batchNorm);
    torch::Tensor forward(const torch::Tensor& x);

    torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(Mlp);

// ArcFace: class centres on the unit sphere, an additive angular margin on the true class's angle.
struct ArcFaceHeadImpl : torch::nn::Module
{
    ArcFaceHeadImpl(int dim, int classes);
    torch::Tensor loss(const torch::Tensor& embeddings, const torch::Tensor& labels, double scale,
                       double margin);

    torch::Tensor centres;
};
TORCH_MODULE(ArcFaceHead);

// Batch-hard triplet loss on L2-normalised embeddings: for each anchor its farthest positive and nearest
// negative in the batch.
torch::Tensor batchHardTripletLoss(const torch::Tensor& embeddings, const torch::Tensor& labels,
                                   double margin);

// InfoNCE (NT-Xent) on L2-normalised embeddings of 2n rows, where rows i and i + n are two views of one
// class: each row must pick its partner out of the other 2n - 1 by cosine similarity over `temperature`.
// `related` (2n ids, optional): rows of one id >= 0 other than the partner are left out of each other's
// candidates instead of counting as negatives.
torch::Tensor infoNceLoss(const torch::Tensor& embeddings, double temperature,
                          const torch::Tensor& related = torch::Tensor());

} // namespace soundalike
