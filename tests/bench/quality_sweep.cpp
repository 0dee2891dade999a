// Self-supervised quality over several seeds, for the tables of docs/quality.md: trains on every analysed
// track of a library (no label is read), evaluates on the tracks a labels file lists (one part of the
// evaluation set, see tests/bench/split_eval_set.sh), and prints one JSON line with each seed's figures and
// their mean and spread.
//   quality_sweep --db FILE --labels PART.tsv [--seeds N] [--features raw|raw-segments|model]
//                 [--positives track|album|unrelated] [--drop PREFIX,...] [--keep PREFIX,...] [--epochs E]
//                 [--temperature T] [--dim D] [--no-views] [--analyse SECONDS] [--max-album-share S]
// --drop / --keep zero descriptor dimensions by name prefix (DescriptorLayout::names()), so that one analysis
// serves every ablation; --positives album makes segments of one album (tag, else folder) positives.
// --analyse first analyses the library's waiting tracks with an excerpt of that length. --max-album-share
// takes albums of more than that share of the library for no albums (docs/quality.md, copies and folders).
#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/RelatedAlbums.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/embedding/Standardisation.h"
#include "core/embedding/TrackLabels.h"
#include "core/service/analysis/AnalysisRun.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace soundalike;

namespace {

struct Options
{
    QString db, labels, features = QStringLiteral("model"), positives = QStringLiteral("track");
    QStringList drop, keep;
    int seeds = 5;
    LearnOptions learn;
    bool views = true;
    double temperature = 0; // 0: the default
};

Options parse(const QStringList& args)
{
    Options o;
    const auto value = [&](const char* name) {
        const auto i = args.indexOf(QLatin1String(name));
        return i > 0 ? args.value(i + 1) : QString();
    };
    o.db = value("--db");
    o.labels = value("--labels");
    if (!value("--features").isEmpty())
        o.features = value("--features");
    if (!value("--positives").isEmpty())
        o.positives = value("--positives");
    o.drop = value("--drop").split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.keep = value("--keep").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!value("--seeds").isEmpty())
        o.seeds = value("--seeds").toInt();
    o.learn.signal = TrainingSignal::SelfSupervised;
    if (!value("--epochs").isEmpty())
        o.learn.epochs = value("--epochs").toInt();
    if (!value("--temperature").isEmpty())
        o.temperature = value("--temperature").toDouble();
    if (!value("--dim").isEmpty())
        o.learn.dim = value("--dim").toInt();
    o.views = !args.contains(QStringLiteral("--no-views"));
    return o;
}

bool matches(const std::string& name, const QStringList& prefixes)
{
    for (const QString& p : prefixes) {
        if (name.rfind(p.toStdString(), 0) == 0)
            return true;
    }
    return false;
}

// Zeroes the columns the options leave out: a constant column standardises to 0 and weighs nothing.
void mask(AnalysedLibrary& library, const Options& o)
{
    const auto& names = DescriptorLayout::names();
    for (int c = 0; c < int(names.size()); ++c) {
        const bool off = matches(names[std::size_t(c)], o.drop) ||
                         (!o.keep.isEmpty() && !matches(names[std::size_t(c)], o.keep));
        if (!off)
            continue;
        for (FeatureMatrix* m : {&library.summaries, &library.segments}) {
            for (int r = 0; r < m->rows; ++r)
                m->row(r)[c] = 0.0f;
        }
    }
}

FeatureMatrix rows(const FeatureMatrix& m, const std::vector<int>& which)
{
    FeatureMatrix out(int(which.size()), m.cols);
    for (std::size_t i = 0; i < which.size(); ++i)
        std::copy_n(m.row(which[i]), m.cols, out.row(int(i)));
    return out;
}

FeatureMatrix vectorsFor(const Options& o, EmbeddingBackend* backend, const AnalysedLibrary& library,
                         const TrackLabels& training, std::uint64_t seed)
{
    if (o.features == QLatin1String("raw"))
        return Standardisation::of(library.summaries).apply(library.summaries);
    const FeatureMatrix summaries = Standardisation::of(library.summaries).apply(library.summaries);
    if (o.features == QLatin1String("raw-segments"))
        return SimilarityLearner::trackMeans(Standardisation::of(library.segments).apply(library.segments),
                                             library, summaries);
    LearnOptions learn = o.learn;
    learn.seed = seed;
    TrainOptions options = SimilarityLearner::trainOptions(learn, Supervision::SelfSupervised);
    if (o.temperature > 0)
        options.temperature = o.temperature;
    TrainingData data =
        SimilarityLearner::trainingData(library, training, Supervision::SelfSupervised, options.input);
    const int tracks = int(library.trackIds.size());
    const std::vector<int> related = RelatedAlbums::of(library, training);
    data.related.clear();
    for (std::size_t r = 0; r < data.labels.size(); ++r) {
        const int owner = library.segmentOwner[r];
        const int album = training.albums[std::size_t(owner)];
        data.labels[r] = o.positives == QLatin1String("album") && album >= 0 ? tracks + album : owner;
        // "unrelated" (the product's default): one track's segments are positives, its album's other tracks
        // no negatives.
        if (o.positives == QLatin1String("unrelated"))
            data.related.push_back(related[std::size_t(owner)]);
    }
    if (!o.views)
        data.views = DescriptorViews();
    std::atomic_bool cancel = false;
    const auto model = backend->train(data, options, {}, cancel);
    return SimilarityLearner::embedTracks(*model, library);
}

QJsonObject spread(const std::vector<double>& values)
{
    double sum = 0, squares = 0;
    for (double v : values)
        sum += v;
    const double mean = sum / double(values.size());
    for (double v : values)
        squares += (v - mean) * (v - mean);
    QJsonArray each;
    for (double v : values)
        each.append(std::round(v * 1000) / 1000);
    return QJsonObject{
        {QStringLiteral("mean"), std::round(mean * 1000) / 1000},
        {QStringLiteral("sd"), std::round(std::sqrt(squares / double(values.size())) * 1000) / 1000},
        {QStringLiteral("seeds"), each}};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    Database db(o.db);
    if (const auto i = app.arguments().indexOf(QStringLiteral("--analyse")); i > 0) {
        AnalysisOptions analysis;
        analysis.excerptSeconds = app.arguments().value(i + 1).toDouble();
        std::atomic_bool cancel = false;
        const AnalysisReport report = AnalysisRun(db, analysis, cancel, {}).run();
        QTextStream(stderr) << "analysed " << report.analysed << " in " << report.wallSeconds << " s\n";
    }
    AnalysedLibrary library = AnalysedLibrary::load(db, DescriptorLayout::kVersion);
    mask(library, o);
    const TrackLabels part = TrackLabels::fromFile(db, library, o.labels);
    TrackLabels training = TrackLabels::fromGenres(db, library); // albums: tag, else folder
    if (const auto i = app.arguments().indexOf(QStringLiteral("--max-album-share")); i > 0) {
        const double share = app.arguments().value(i + 1).toDouble();
        std::map<int, int> sizes;
        for (int a : training.albums)
            ++sizes[a];
        for (int& a : training.albums)
            if (a >= 0 && sizes[a] > share * double(training.albums.size()))
                a = -1;
    }
    // A control: the same album sizes with tracks assigned at random.
    if (app.arguments().contains(QStringLiteral("--shuffle-albums")))
        std::shuffle(training.albums.begin(), training.albums.end(), std::mt19937_64(7));
    const std::vector<int> queries = part.labelledTracks();
    const EvaluationLabels truth = part.evaluationLabels(queries);
    std::unique_ptr<EmbeddingBackend> backend;
    if (o.features == QLatin1String("model")) {
        QString error;
        backend = EmbeddingModule::load(&error);
        if (!backend)
            qFatal("%s", qPrintable(error));
    }
    std::vector<double> artist, album, plain;
    const int seeds = o.features == QLatin1String("model") ? o.seeds : 1;
    for (int seed = 1; seed <= seeds; ++seed) {
        const FeatureMatrix vectors = vectorsFor(o, backend.get(), library, training, std::uint64_t(seed));
        const EvaluationResult r =
            Evaluator::evaluate(rows(vectors, queries), truth, {}, std::uint64_t(seed));
        artist.push_back(r.pAt10Filtered);
        album.push_back(r.pAt10AlbumFiltered);
        plain.push_back(r.pAt10);
        if (seed == 1)
            QTextStream(stderr) << QStringLiteral("chance: artist-filtered %1, album-filtered %2, P@10 %3\n")
                                       .arg(r.pAt10FilteredChance, 0, 'f', 3)
                                       .arg(r.pAt10AlbumFilteredChance, 0, 'f', 3)
                                       .arg(r.pAt10Chance, 0, 'f', 3);
    }
    const QJsonObject line{{QStringLiteral("features"), o.features},
                           {QStringLiteral("positives"), o.positives},
                           {QStringLiteral("drop"), o.drop.join(QLatin1Char(','))},
                           {QStringLiteral("keep"), o.keep.join(QLatin1Char(','))},
                           {QStringLiteral("queries"), int(queries.size())},
                           {QStringLiteral("tracks"), int(library.trackIds.size())},
                           {QStringLiteral("p_at_10_filtered"), spread(artist)},
                           {QStringLiteral("p_at_10_album_filtered"), spread(album)},
                           {QStringLiteral("p_at_10"), spread(plain)}};
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
