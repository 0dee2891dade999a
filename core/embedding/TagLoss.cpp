#include "core/embedding/TagLoss.h"

namespace soundalike {

namespace {

constexpr int kBatchRows = 128;

} // namespace

TagLoss::TagLoss(const TrainingData& data, const TrainOptions& options) : m_options(&options)
{
    if (options.tagWeight <= 0)
        return;
    const std::pair<const std::vector<int>*, double> levels[] = {{&data.familyLabels, 1.0},
                                                                 {&data.genreLabels, options.genreWeight}};
    for (const auto& [labels, weight] : levels) {
        if (labels->size() != std::size_t(data.inputs.rows) || weight <= 0)
            continue;
        ClassBatchSampler sampler(*labels);
        if (!sampler.usable())
            continue;
        const int classes = sampler.classes();
        m_levels.push_back({std::move(sampler), ArcFaceHead(options.dim, classes), weight});
    }
}

std::vector<torch::Tensor> TagLoss::parameters() const
{
    std::vector<torch::Tensor> all;
    for (const Level& level : m_levels) {
        const auto own = level.head->parameters();
        all.insert(all.end(), own.begin(), own.end());
    }
    return all;
}

int TagLoss::familyClasses() const
{
    return m_levels.empty() ? 0 : m_levels.front().sampler.classes();
}

torch::Tensor TagLoss::loss(Mlp& network, const Inputs& inputs, std::mt19937_64& rng)
{
    torch::Tensor total;
    std::vector<std::int64_t> rows, classes;
    for (Level& level : m_levels) {
        level.sampler.draw(rng, m_options->classesPerBatch, kBatchRows, rows, classes);
        const auto embeddings = network->forward(inputs(rows));
        const auto term = level.head->loss(embeddings, torch::tensor(classes, torch::kLong),
                                           m_options->arcScale, m_options->arcMargin) *
                          level.weight;
        total = total.defined() ? total + term : term;
    }
    return total * m_options->tagWeight;
}

} // namespace soundalike
