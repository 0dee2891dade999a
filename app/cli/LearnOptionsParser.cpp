#include "app/cli/LearnOptionsParser.h"

#include "app/cli/CliContext.h"

namespace soundalike::cli {

namespace {

MetricLoss parseLoss(const QString& name)
{
    for (MetricLoss loss : {MetricLoss::Triplet, MetricLoss::ArcFace, MetricLoss::InfoNce}) {
        if (name == QLatin1String(metricLossName(loss)))
            return loss;
    }
    throw UsageError("--loss takes triplet, arcface or infonce");
}

} // namespace

void LearnOptionsParser::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("loss"),
         QStringLiteral("Metric-learning loss: triplet, arcface or infonce (self-supervised only). "
                        "Default: arcface with labels, infonce self-supervised."),
         QStringLiteral("LOSS")});
    parser.addOption(
        {QStringLiteral("dim"), QStringLiteral("Embedding dimensions (default 32)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("epochs"), QStringLiteral("Training epochs (default 40)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed, for reproducible training."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("signal"),
         QStringLiteral("Training signal: auto (genre tags when enough tracks carry them), labels, or "
                        "self (self-supervised: segments of one track are alike)."),
         QStringLiteral("SIGNAL"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("input"),
                      QStringLiteral("What the network reads: segments (each ~10-s segment) or summary."),
                      QStringLiteral("INPUT"), QStringLiteral("segments")});
    parser.addOption(
        {QStringLiteral("tag-weight"),
         QStringLiteral("Weight of what genre tags teach beside the sound (default 1; 0: sound "
                        "only). The genre level weighs --genre-weight (default 0.5) of the family's."),
         QStringLiteral("W")});
    parser.addOption(
        {QStringLiteral("genre-weight"), QStringLiteral("See --tag-weight."), QStringLiteral("W")});
    parser.addOption(
        {QStringLiteral("threads"),
         QStringLiteral("Threads for training (default: 1, the fastest for this small network)."),
         QStringLiteral("N")});
}

LearnOptions LearnOptionsParser::parse(const CliContext& context)
{
    LearnOptions options;
    const QCommandLineParser& p = context.options();
    if (p.isSet(QStringLiteral("loss")))
        options.loss = parseLoss(p.value(QStringLiteral("loss")));
    options.dim =
        context.intOption(QStringLiteral("dim"), options.dim, LearnOptions::kMinDim, LearnOptions::kMaxDim);
    options.epochs = context.intOption(QStringLiteral("epochs"), options.epochs, 1, LearnOptions::kMaxEpochs);
    options.seed = std::uint64_t(context.intOption(QStringLiteral("seed"), 1, 0, 1 << 30));
    options.threads = context.intOption(QStringLiteral("threads"), 0, 1, 256);
    options.tagWeight = context.numberOption(QStringLiteral("tag-weight"), options.tagWeight, 0, 100,
                                             "--tag-weight takes a number from 0 to 100");
    options.genreWeight = context.numberOption(QStringLiteral("genre-weight"), options.genreWeight, 0, 100,
                                               "--genre-weight takes a number from 0 to 100");
    const QString signal = p.value(QStringLiteral("signal"));
    if (signal == QLatin1String("auto"))
        options.signal = TrainingSignal::Auto;
    else if (signal == QLatin1String("labels"))
        options.signal = TrainingSignal::Labels;
    else if (signal == QLatin1String("self"))
        options.signal = TrainingSignal::SelfSupervised;
    else
        throw UsageError("--signal takes auto, labels or self");
    if (options.loss == MetricLoss::InfoNce && options.signal == TrainingSignal::Labels)
        throw UsageError("--loss infonce learns without labels: use --signal self or auto");
    options.input = p.value(QStringLiteral("input"));
    if (options.input != QLatin1String("segments") && options.input != QLatin1String("summary"))
        throw UsageError("--input takes segments or summary");
    return options;
}

} // namespace soundalike::cli
