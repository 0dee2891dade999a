#include "core/embedding/Trainer.h"

#include "core/embedding/Standardisation.h"

#include <torch/optim.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace soundalike {

namespace {

constexpr int kMinRows = 8;
constexpr int kMinValidationRows = 40;
constexpr int kMaxValidationQueries = 300;
constexpr std::size_t kMaxValidationCandidates = 20000;
constexpr int kBatchTarget = 128;
constexpr int kPairsPerBatch = 128;
// Contrastive learning needs more updates than one pass over a small library gives: on 232 real tracks
// (2 batches an epoch) 40 epochs measured 0.336 P@10 artist-filtered, 80 epochs 0.350.
constexpr int kMinContrastiveSteps = 4;

} // namespace

Trainer::Trainer(const TrainingData& data, const TrainOptions& options)
    : m_data(data), m_options(options), m_rng(options.seed)
{
    validate();
    torch::manual_seed(options.seed);
    // The network's matrices are small (a batch of 128 × ~120 inputs): one thread is faster than several,
    // whose OpenMP hand-offs cost more than the work and stall badly when other processes share the cores.
    torch::set_num_threads(options.threads > 0 ? options.threads : 1);
    m_tagLoss = TagLoss(data, m_options);
    standardisation();
    split();
    if (m_options.loss == MetricLoss::InfoNce && eligibleClasses().size() < 2)
        throw std::invalid_argument("too few tracks to train a model: InfoNCE needs at least 2 tracks with "
                                    "2 or more training rows each");
}

void Trainer::validate() const
{
    const auto& in = m_data.inputs;
    if (in.cols <= 0 || int(m_data.labels.size()) != in.rows ||
        (!m_data.related.empty() && int(m_data.related.size()) != in.rows))
        throw std::invalid_argument("training data is malformed");
    std::map<int, int> sizes;
    for (int label : m_data.labels) {
        if (label >= 0)
            ++sizes[label];
    }
    const auto usable =
        std::count_if(sizes.begin(), sizes.end(), [](const auto& s) { return s.second >= 2; });
    int rows = 0;
    for (const auto& [label, count] : sizes)
        rows += count >= 2 ? count : 0;
    if (rows < kMinRows || usable < 2)
        throw std::invalid_argument("too few tracks to train a model: need at least " +
                                    std::to_string(kMinRows) +
                                    " in at least 2 groups that have 2 or more each (have " +
                                    std::to_string(rows) + " in " + std::to_string(usable) + ")");
}

void Trainer::standardisation()
{
    const auto& in = m_data.inputs;
    const Standardisation stats = Standardisation::of(in);
    m_mean = torch::tensor(stats.mean, torch::kFloat32);
    m_inverseStd = torch::tensor(stats.inverseStd, torch::kFloat32);
    const auto raw =
        torch::from_blob(const_cast<float*>(in.values.data()), {in.rows, in.cols}, torch::kFloat32);
    m_inputs = torch::nan_to_num((raw - m_mean) * m_inverseStd, 0.0, 0.0, 0.0);
}

void Trainer::split()
{
    std::map<int, int> remap;
    std::map<int, int> sizes;
    for (int label : m_data.labels) {
        if (label >= 0)
            ++sizes[label];
    }
    m_classOf.assign(m_data.labels.size(), -1);
    for (std::size_t r = 0; r < m_data.labels.size(); ++r) {
        const int label = m_data.labels[r];
        if (label < 0 || sizes[label] < 2)
            continue;
        const auto [it, added] = remap.try_emplace(label, int(remap.size()));
        m_classOf[r] = it->second;
        m_labelledRows.push_back(int(r));
    }
    m_classes = int(remap.size());
    std::vector<int> shuffled = m_labelledRows;
    std::shuffle(shuffled.begin(), shuffled.end(), m_rng);
    const auto validationCount = int(shuffled.size()) * m_options.validationShare >= kMinValidationRows
                                     ? std::size_t(double(shuffled.size()) * m_options.validationShare)
                                     : 0;
    m_validationRows.assign(shuffled.begin(), shuffled.begin() + std::ptrdiff_t(validationCount));
    m_trainRows.assign(std::size_t(m_classes), {});
    for (std::size_t i = validationCount; i < shuffled.size(); ++i)
        m_trainRows[std::size_t(m_classOf[std::size_t(shuffled[i])])].push_back(shuffled[i]);
    m_trainRowCount = int(shuffled.size() - validationCount);
    chooseValidationSet();
}

std::vector<int> Trainer::eligibleClasses() const
{
    std::vector<int> eligible;
    for (int c = 0; c < m_classes; ++c) {
        if (m_trainRows[std::size_t(c)].size() >= 2)
            eligible.push_back(c);
    }
    return eligible;
}

// Moves `take` distinct random members to the front by a partial Fisher-Yates shuffle, which leaves the rest
// of a class alone: that matters when classes hold thousands of segment rows.
void Trainer::drawDistinct(std::vector<int>& members, int take)
{
    for (int k = 0; k < take; ++k) {
        std::uniform_int_distribution<std::size_t> pick(std::size_t(k), members.size() - 1);
        std::swap(members[std::size_t(k)], members[pick(m_rng)]);
    }
}

torch::Tensor Trainer::sampleBatch(torch::Tensor& labels)
{
    std::vector<int> eligible = eligibleClasses();
    std::shuffle(eligible.begin(), eligible.end(), m_rng);
    const int classes = std::min<int>(m_options.classesPerBatch, int(eligible.size()));
    const int perClass = std::max(m_options.samplesPerClass, kBatchTarget / std::max(1, classes));
    std::vector<int64_t> rows, classIds;
    for (int i = 0; i < classes; ++i) {
        std::vector<int>& members = m_trainRows[std::size_t(eligible[std::size_t(i)])];
        const int take = std::min<int>(perClass, int(members.size()));
        drawDistinct(members, take);
        for (int k = 0; k < take; ++k) {
            rows.push_back(members[std::size_t(k)]);
            classIds.push_back(eligible[std::size_t(i)]);
        }
    }
    labels = torch::tensor(classIds, torch::kLong);
    return inputRows(rows);
}

// Two distinct rows of each of up to kPairsPerBatch classes: rows i and i + n of the result are a pair.
// `related` gets the rows' TrainingData::related ids, or stays undefined without them.
torch::Tensor Trainer::samplePairs(torch::Tensor& related)
{
    std::vector<int> eligible = eligibleClasses();
    std::shuffle(eligible.begin(), eligible.end(), m_rng);
    eligible.resize(std::min<std::size_t>(eligible.size(), kPairsPerBatch));
    std::vector<int64_t> first, second;
    for (int c : eligible) {
        std::vector<int>& members = m_trainRows[std::size_t(c)];
        drawDistinct(members, 2);
        first.push_back(members[0]);
        second.push_back(members[1]);
    }
    first.insert(first.end(), second.begin(), second.end());
    if (!m_data.related.empty()) {
        std::vector<int64_t> ids;
        for (int64_t row : first)
            ids.push_back(m_data.related[std::size_t(row)]);
        related = torch::tensor(ids, torch::kLong);
    }
    return inputRows(first);
}

// Standardised rows as the network sees them, each changed by its own draw of the data's views.
torch::Tensor Trainer::inputRows(const std::vector<int64_t>& rows)
{
    if (m_data.views.empty())
        return m_inputs.index_select(0, torch::tensor(rows, torch::kLong));
    const FeatureMatrix& in = m_data.inputs;
    FeatureMatrix changed(int(rows.size()), in.cols);
    for (int i = 0; i < changed.rows; ++i) {
        std::copy_n(in.row(int(rows[std::size_t(i)])), in.cols, changed.row(i));
        m_data.views.apply(changed.row(i), m_rng);
    }
    const auto raw = torch::from_blob(changed.values.data(), {changed.rows, changed.cols}, torch::kFloat32);
    return torch::nan_to_num((raw - m_mean) * m_inverseStd, 0.0, 0.0, 0.0);
}

torch::Tensor Trainer::batchLoss(Mlp& network, ArcFaceHead& head)
{
    if (m_options.loss == MetricLoss::InfoNce) {
        torch::Tensor related;
        const auto rows = samplePairs(related);
        auto loss = infoNceLoss(network->forward(rows), m_options.temperature, related);
        if (m_tagLoss.active())
            loss = loss + m_tagLoss.loss(
                              network, [this](const auto& rows) { return inputRows(rows); }, m_rng);
        return loss;
    }
    torch::Tensor labels;
    const auto embeddings = network->forward(sampleBatch(labels));
    return m_options.loss == MetricLoss::ArcFace
               ? head->loss(embeddings, labels, m_options.arcScale, m_options.arcMargin)
               : batchHardTripletLoss(embeddings, labels, m_options.margin);
}

void Trainer::chooseValidationSet()
{
    // Queries are held-out rows when there are enough, else training rows; candidates are the queries plus a
    // fixed sample of the other labelled rows, so the per-epoch figure costs the same at any library size.
    std::vector<int> queries = m_validationRows.empty() ? m_labelledRows : m_validationRows;
    if (int(queries.size()) > kMaxValidationQueries)
        queries.resize(kMaxValidationQueries);
    std::vector<int> others;
    std::set<int> isQuery(queries.begin(), queries.end());
    for (int row : m_labelledRows) {
        if (!isQuery.count(row))
            others.push_back(row);
    }
    std::shuffle(others.begin(), others.end(), m_rng);
    others.resize(std::min<std::size_t>(others.size(), kMaxValidationCandidates));
    std::vector<int64_t> candidates(queries.begin(), queries.end());
    candidates.insert(candidates.end(), others.begin(), others.end());
    std::vector<int64_t> classes;
    for (int64_t row : candidates)
        classes.push_back(m_classOf[std::size_t(row)]);
    m_validationCandidates = torch::tensor(candidates, torch::kLong);
    m_validationClasses = torch::tensor(classes, torch::kLong);
    m_validationQueries = int64_t(queries.size());
}

double Trainer::validation(Mlp& network)
{
    torch::NoGradGuard noGrad;
    network->eval();
    const auto embedded = network->forward(m_inputs.index_select(0, m_validationCandidates));
    network->train();
    const auto queries = embedded.narrow(0, 0, m_validationQueries);
    auto similarity = queries.matmul(embedded.t());
    similarity.narrow(1, 0, m_validationQueries).fill_diagonal_(-2.0); // a row is not its own neighbour
    const auto k = std::min<int64_t>(10, embedded.size(0) - 1);
    const auto neighbours = std::get<1>(similarity.topk(k, 1));
    const auto queryClasses = m_validationClasses.narrow(0, 0, m_validationQueries).unsqueeze(1);
    return m_validationClasses.index({neighbours}).eq(queryClasses).to(torch::kFloat64).mean().item<double>();
}

QJsonObject Trainer::optionsJson() const
{
    return QJsonObject{
        {QStringLiteral("loss"), QLatin1String(metricLossName(m_options.loss))},
        {QStringLiteral("dim"), m_options.dim},
        {QStringLiteral("epochs"), m_options.epochs},
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("hidden1"), m_options.hidden1},
        {QStringLiteral("hidden2"), m_options.hidden2},
        {QStringLiteral("batch_norm"), m_options.batchNorm},
        {QStringLiteral("learning_rate"), m_options.learningRate},
        {QStringLiteral("margin"), m_options.margin},
        {QStringLiteral("arc_scale"), m_options.arcScale},
        {QStringLiteral("arc_margin"), m_options.arcMargin},
        {QStringLiteral("temperature"), m_options.temperature},
        {QStringLiteral("tag_weight"), m_tagLoss.active() ? m_options.tagWeight : 0.0},
        {QStringLiteral("genre_weight"), m_options.genreWeight},
        {QStringLiteral("tag_families"), m_tagLoss.familyClasses()},
        {QStringLiteral("input_version"), m_options.inputVersion},
        {QStringLiteral("input"), m_options.input},
        {QStringLiteral("classes"), m_classes},
        {QStringLiteral("training_rows"), m_trainRowCount},
    };
}

std::unique_ptr<TorchModel> Trainer::run(const EmbeddingBackend::Progress& progress,
                                         const std::atomic_bool& cancel)
{
    Mlp network(m_data.inputs.cols, m_options.hidden1, m_options.hidden2, m_options.dim, m_options.batchNorm);
    ArcFaceHead head(m_options.dim, std::max(1, m_classes));
    std::vector<torch::Tensor> parameters = network->parameters();
    if (m_options.loss == MetricLoss::ArcFace) {
        const auto headParameters = head->parameters();
        parameters.insert(parameters.end(), headParameters.begin(), headParameters.end());
    }
    const auto tagParameters = m_tagLoss.parameters();
    parameters.insert(parameters.end(), tagParameters.begin(), tagParameters.end());
    torch::optim::Adam optimiser(parameters,
                                 torch::optim::AdamOptions(m_options.learningRate).weight_decay(1e-4));
    // An epoch draws about as many rows (InfoNCE: pairs) as there are training tracks; with segment rows that
    // is one segment per track on average, which keeps training time proportional to the library, not to
    // the segment count.
    const int epochRows =
        m_data.rowsPerEpoch > 0 ? std::min(m_data.rowsPerEpoch, m_trainRowCount) : m_trainRowCount;
    const bool contrastive = m_options.loss == MetricLoss::InfoNce;
    const int perStep = contrastive ? kPairsPerBatch : kBatchTarget;
    const int iterations =
        std::max(contrastive ? kMinContrastiveSteps : 1, (epochRows + perStep - 1) / perStep);
    for (int epoch = 1; epoch <= m_options.epochs; ++epoch) {
        double total = 0;
        for (int i = 0; i < iterations; ++i) {
            if (cancel)
                return nullptr;
            const auto loss = batchLoss(network, head);
            optimiser.zero_grad();
            loss.backward();
            optimiser.step();
            total += loss.item<double>();
        }
        if (progress)
            progress({epoch, m_options.epochs, total / iterations, validation(network)});
    }
    return std::make_unique<TorchModel>(network, m_mean, m_inverseStd, optionsJson());
}

} // namespace soundalike
