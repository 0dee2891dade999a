#pragma once

#include "core/embedding/EmbeddingBackend.h"
#include "core/embedding/TorchNetwork.h"

namespace soundalike {

// A trained network together with the input standardisation it was trained with; saved as one file.
class TorchModel final : public EmbeddingModel
{
public:
    static constexpr int kFormatVersion = 1;

    TorchModel(Mlp network, torch::Tensor mean, torch::Tensor inverseStd, QJsonObject options);

    int inputDim() const override { return int(m_mean.size(0)); }
    int outputDim() const override { return m_options.value(QStringLiteral("dim")).toInt(); }
    FeatureMatrix embed(const FeatureMatrix& inputs) const override;
    void save(const QString& path) const override;
    QJsonObject options() const override { return m_options; }

    static std::unique_ptr<TorchModel> load(const QString& path, QString* error);
    // Standardised inputs as a tensor, NaN/Inf replaced by 0, as the network sees them.
    torch::Tensor standardise(const FeatureMatrix& inputs) const;

private:
    mutable Mlp m_network;
    torch::Tensor m_mean;
    torch::Tensor m_inverseStd;
    QJsonObject m_options;
};

} // namespace soundalike
