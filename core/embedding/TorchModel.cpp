#include "core/embedding/TorchModel.h"

#include "core/common/RawFile.h"
#include "core/embedding/ModelFile.h"

#include <QJsonDocument>

#include <torch/serialize.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace soundalike {

namespace {

constexpr const char* kMagic = "soundalike-embedding-model";

// No layer of a model this program trains is wider (inputs ~100, outputs at most 512); a width beyond it is a
// damaged or foreign file, and building its network could take gigabytes.
constexpr std::int64_t kMaxWidth = 4096;

QJsonObject parseOptions(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

bool plausibleWidth(std::int64_t width)
{
    return width > 0 && width <= kMaxWidth;
}

// The shapes of every parameter and buffer, in the module's order.
std::vector<std::vector<std::int64_t>> shapesOf(const torch::nn::Module& module)
{
    std::vector<std::vector<std::int64_t>> shapes;
    for (const auto& tensor : module.parameters())
        shapes.push_back(tensor.sizes().vec());
    for (const auto& tensor : module.buffers())
        shapes.push_back(tensor.sizes().vec());
    return shapes;
}

} // namespace

TorchModel::TorchModel(Mlp network, torch::Tensor mean, torch::Tensor inverseStd, QJsonObject options)
    : m_network(std::move(network)), m_mean(std::move(mean)), m_inverseStd(std::move(inverseStd)),
      m_options(std::move(options))
{
    m_network->eval();
}

torch::Tensor TorchModel::standardise(const FeatureMatrix& inputs) const
{
    const auto raw = torch::from_blob(const_cast<float*>(inputs.values.data()), {inputs.rows, inputs.cols},
                                      torch::kFloat32);
    return torch::nan_to_num((raw - m_mean) * m_inverseStd, 0.0, 0.0, 0.0);
}

FeatureMatrix TorchModel::embed(const FeatureMatrix& inputs) const
{
    if (inputs.cols != inputDim())
        throw std::invalid_argument("model expects " + std::to_string(inputDim()) +
                                    " input dimensions, got " + std::to_string(inputs.cols));
    FeatureMatrix out(inputs.rows, outputDim());
    if (inputs.rows == 0)
        return out;
    torch::NoGradGuard noGrad;
    const auto result = m_network->forward(standardise(inputs)).contiguous();
    std::copy(result.data_ptr<float>(), result.data_ptr<float>() + result.numel(), out.values.begin());
    return out;
}

void TorchModel::save(const QString& path) const
{
    torch::serialize::OutputArchive archive;
    m_network->save(archive);
    archive.write("magic", c10::IValue(std::string(kMagic)));
    archive.write("format_version", c10::IValue(int64_t(kFormatVersion)));
    archive.write("options",
                  c10::IValue(QJsonDocument(m_options).toJson(QJsonDocument::Compact).toStdString()));
    archive.write("mean", m_mean, /*is_buffer=*/true);
    archive.write("inverse_std", m_inverseStd, /*is_buffer=*/true);
    // Serialised in memory and written by RawFile, atomically: libtorch's own file writer ends the process
    // when a write fails (on a full disk, say), because its destructor throws again.
    QByteArray bytes;
    try {
        archive.save_to([&bytes](const void* data, size_t size) {
            bytes.append(static_cast<const char*>(data), qsizetype(size));
            return size;
        });
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot write model file " + path.toStdString() + ": " +
                                 e.what_without_backtrace());
    }
    RawFile::writeAtomically(toFilePath(path), ModelFile::seal(bytes));
}

std::unique_ptr<TorchModel> TorchModel::load(const QString& path, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("cannot load model %1: %2").arg(path, why);
        return nullptr;
    };
    QString why;
    const std::optional<QByteArray> bytes = ModelFile::read(path, &why);
    if (!bytes)
        return fail(why);
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes->constData(), std::size_t(bytes->size()));
        c10::IValue magic, version, options;
        if (!archive.try_read("magic", magic) || !magic.isString() || magic.toStringRef() != kMagic)
            return fail(QStringLiteral("not a Soundalike model file"));
        if (!archive.try_read("format_version", version) || !version.isInt() ||
            version.toInt() != kFormatVersion)
            return fail(QStringLiteral("unsupported model format version"));
        if (!archive.try_read("options", options) || !options.isString())
            return fail(QStringLiteral("model options missing"));
        const QJsonObject opts = parseOptions(options.toStringRef());
        torch::Tensor mean, inverseStd;
        archive.read("mean", mean, true);
        archive.read("inverse_std", inverseStd, true);
        const auto dim = opts.value(QStringLiteral("dim")).toInt();
        const auto h1 = opts.value(QStringLiteral("hidden1")).toInt();
        const auto h2 = opts.value(QStringLiteral("hidden2")).toInt();
        if (mean.dim() != 1 || inverseStd.sizes() != mean.sizes() || !plausibleWidth(mean.size(0)) ||
            !plausibleWidth(dim) || !plausibleWidth(h1) || !plausibleWidth(h2))
            return fail(QStringLiteral("inconsistent model dimensions"));
        Mlp network(int(mean.size(0)), h1, h2, dim, opts.value(QStringLiteral("batch_norm")).toBool());
        const auto expected = shapesOf(*network);
        // Module::load takes each stored tensor whatever its shape; one that does not fit the network the
        // options describe made embed() write past the end of its output (a crafted file, under ASan).
        network->load(archive);
        if (shapesOf(*network) != expected)
            return fail(QStringLiteral("the model's tensors do not match its options"));
        return std::make_unique<TorchModel>(network, mean, inverseStd, opts);
    } catch (const c10::Error& e) {
        return fail(QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0));
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
}

} // namespace soundalike
