#include "core/embedding/TorchNetwork.h"

#include <cmath>

namespace soundalike {

namespace F = torch::nn::functional;

namespace {

// std::numbers::pi, which this C++17 module (see CMakeLists.txt) cannot use.
constexpr double kPi = 3.14159265358979323846;

} // namespace

MlpImpl::MlpImpl(int input, int hidden1, int hidden2, int output, bool batchNorm)
{
    layers = register_module("layers", torch::nn::Sequential());
    layers->push_back(torch::nn::Linear(input, hidden1));
    if (batchNorm)
        layers->push_back(torch::nn::BatchNorm1d(hidden1));
    layers->push_back(torch::nn::ReLU());
    layers->push_back(torch::nn::Linear(hidden1, hidden2));
    if (batchNorm)
        layers->push_back(torch::nn::BatchNorm1d(hidden2));
    layers->push_back(torch::nn::ReLU());
    layers->push_back(torch::nn::Linear(hidden2, output));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x)
{
    return F::normalize(layers->forward(x), F::NormalizeFuncOptions().p(2).dim(1).eps(1e-12));
}

ArcFaceHeadImpl::ArcFaceHeadImpl(int dim, int classes)
{
    centres = register_parameter("centres", torch::randn({classes, dim}) * 0.1);
}

torch::Tensor ArcFaceHeadImpl::loss(const torch::Tensor& embeddings, const torch::Tensor& labels,
                                    double scale, double margin)
{
    const auto unitCentres = F::normalize(centres, F::NormalizeFuncOptions().p(2).dim(1).eps(1e-12));
    const auto cosine = embeddings.matmul(unitCentres.t()).clamp(-1.0 + 1e-7, 1.0 - 1e-7);
    const auto sine = (1.0 - cosine.pow(2)).sqrt();
    // cos(θ + m), used only where θ + m stays below π; beyond it the penalty falls back to a linear one so
    // the target logit keeps decreasing in θ (the usual "easy margin" guard).
    const auto withMargin = cosine * std::cos(margin) - sine * std::sin(margin);
    const double threshold = std::cos(kPi - margin);
    const auto target =
        torch::where(cosine > threshold, withMargin, cosine - std::sin(kPi - margin) * margin);
    const auto oneHot = F::one_hot(labels, centres.size(0)).to(torch::kBool);
    const auto logits = torch::where(oneHot, target, cosine) * scale;
    return F::cross_entropy(logits, labels);
}

torch::Tensor batchHardTripletLoss(const torch::Tensor& embeddings, const torch::Tensor& labels,
                                   double margin)
{
    const auto n = embeddings.size(0);
    const auto distance = (2.0 - 2.0 * embeddings.matmul(embeddings.t())).clamp_min(1e-12).sqrt();
    const auto same = labels.unsqueeze(0) == labels.unsqueeze(1);
    const auto self = torch::eye(n, torch::TensorOptions().dtype(torch::kBool));
    const auto positive = same & ~self;
    const auto negative = ~same;
    const auto hardestPositive = distance.masked_fill(~positive, 0.0).amax(1);
    const auto hardestNegative = distance.masked_fill(~negative, 1e9).amin(1);
    const auto valid = positive.any(1) & negative.any(1);
    if (!valid.any().item<bool>())
        return embeddings.sum() * 0.0;
    return (hardestPositive - hardestNegative + margin).clamp_min(0.0).masked_select(valid).mean();
}

torch::Tensor infoNceLoss(const torch::Tensor& embeddings, double temperature, const torch::Tensor& related)
{
    const auto rows = embeddings.size(0);
    const auto n = rows / 2;
    const auto index = torch::arange(rows, torch::kLong);
    const auto partner = torch::cat({index.narrow(0, n, n), index.narrow(0, 0, n)});
    auto excluded = torch::eye(rows, torch::TensorOptions().dtype(torch::kBool));
    if (related.defined()) {
        const auto isPartner = F::one_hot(partner, rows).to(torch::kBool);
        const auto same = (related.unsqueeze(0) == related.unsqueeze(1)) & (related.unsqueeze(1) >= 0);
        excluded = excluded | (same & ~isPartner);
    }
    const auto logits = (embeddings.matmul(embeddings.t()) / temperature).masked_fill(excluded, -1e9);
    return F::cross_entropy(logits, partner);
}

} // namespace soundalike
