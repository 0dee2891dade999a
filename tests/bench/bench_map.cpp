// Library map benchmark: layout time on 2 cores and neighbourhood quality of synthetic clustered libraries;
// with --db and --labels, the quality of the map of a real analysed library against its labels, over several
// layout seeds, split into the development and confirmation parts of the labelled set. Prints one JSON object
// (and a readable summary on stderr).
//   bench_map [--sizes 10000,100000] [--threads N] [--queries N] [--iterations N] [--neighbours K]
//   bench_map --db eval.db --labels labels.tsv [--seeds N] [--part dev|confirmation|all]
//   bench_map --smoke   (a small library; exits non-zero when the map is wrong, not when it is slow)
#include "core/map/MapLayout.h"
#include "core/map/MapQuality.h"
#include "core/map/MapSource.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "tests/support/SyntheticLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cmath>
#include <cstdlib>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr int kK = 10;

struct Options
{
    std::vector<std::size_t> sizes;
    std::size_t queries = 1000;
    int seeds = 5;
    QString part = QStringLiteral("all");
    LayoutOptions layout;
    QString db;
    QString labels;
    bool smoke = false;
};

QJsonObject qualityJson(const NeighbourhoodQuality& q)
{
    return {{QStringLiteral("queries"), qint64(q.queries)},
            {QStringLiteral("p10_full"), q.labelAgreementFull},
            {QStringLiteral("p10_map"), q.labelAgreementMap},
            {QStringLiteral("p10_ratio"), q.labelAgreementMap / q.labelAgreementFull},
            {QStringLiteral("p10_filtered_full"), q.filteredAgreementFull},
            {QStringLiteral("p10_filtered_map"), q.filteredAgreementMap},
            {QStringLiteral("p10_filtered_ratio"), q.filteredAgreementMap / q.filteredAgreementFull},
            {QStringLiteral("trustworthiness"), q.trustworthiness},
            {QStringLiteral("neighbour_recall"), q.neighbourRecall}};
}

constexpr std::size_t kPlaced = 100;

// Seconds to place the library's last kPlaced tracks beside a map of the others, as after an analysis.
double placementSeconds(const VectorTable& all, std::span<const float> xy, const LayoutOptions& layout)
{
    const std::size_t laidOut = all.size() - kPlaced, d = std::size_t(all.dimension());
    VectorTable placed(all.sourceKey(), all.dimensionNames());
    placed.reserve(laidOut);
    for (std::size_t r = 0; r < laidOut; ++r)
        placed.add(all.id(r), all.vector(r));
    QElapsedTimer timer;
    timer.start();
    const std::vector<float> fresh = placeBeside(
        placed, xy.first(2 * laidOut), std::span<const float>(all.data() + laidOut * d, kPlaced * d), layout);
    return double(timer.nsecsElapsed()) / 1e9;
}

QJsonObject measureSynthetic(std::size_t size, const Options& options, bool& wrong, QTextStream& log)
{
    SyntheticOptions synthetic;
    synthetic.tracks = size;
    const SyntheticLibrary library(synthetic);
    std::vector<int> genres;
    for (std::size_t r = 0; r < size; ++r)
        genres.push_back(library.genreOf(library.vectors().id(r)));
    QElapsedTimer timer;
    timer.start();
    double graphSeconds = 0;
    const std::atomic_bool cancel = false;
    const auto xy = layOutMap(
        library.vectors(), options.layout,
        [&](const LayoutProgress& p) {
            if (p.stage == LayoutProgress::Stage::Layout && graphSeconds == 0)
                graphSeconds = double(timer.nsecsElapsed()) / 1e9;
        },
        cancel);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // The placement is timed against the map of all tracks: the last kPlaced are placed a second time.
    const double placing = placementSeconds(library.vectors(), *xy, options.layout);
    const NeighbourhoodQuality q = measureNeighbourhoods(library.vectors(), *xy, {genres, {}, {}}, kK,
                                                         options.smoke ? 300 : options.queries);
    log << QStringLiteral(
               "%1 tracks: %2 s (k-NN graph %3 s), P@10 genre %4 map / %5 full, trustworthiness %6; "
               "%7 new tracks placed in %8 s\n")
               .arg(size)
               .arg(seconds, 0, 'f', 1)
               .arg(graphSeconds, 0, 'f', 1)
               .arg(q.labelAgreementMap, 0, 'f', 3)
               .arg(q.labelAgreementFull, 0, 'f', 3)
               .arg(q.trustworthiness, 0, 'f', 3)
               .arg(kPlaced)
               .arg(placing, 0, 'f', 2);
    log.flush();
    wrong = wrong || !(q.labelAgreementMap >= 0.9 * q.labelAgreementFull) || q.trustworthiness < 0.8;
    QJsonObject result = qualityJson(q);
    result[QStringLiteral("tracks")] = qint64(size);
    result[QStringLiteral("seconds")] = seconds;
    result[QStringLiteral("graph_seconds")] = graphSeconds;
    result[QStringLiteral("placement_seconds")] = placing;
    return result;
}

// The labelled set: style and group by path, and which rows ask (are queries): those of the part measured.
struct LabelledTracks
{
    std::vector<int> labels; // per table row; -1 unlabelled
    std::vector<int> groups;
    std::vector<std::uint8_t> asking;
};

struct LabelLine
{
    int style = 0;
    int group = 0;
    bool development = false;
};

// The development and confirmation parts split the set by source package (OUT/<style>/<package>/…): within
// each style, its packages from the largest down each go to the part that holds fewer of that style's tracks
// so far (development on a tie), so both parts hold every style, about half of it, and no package is in both.
QHash<QByteArray, LabelLine> readLabelFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    QHash<QString, int> styles, groups;
    QHash<QByteArray, LabelLine> byPath;
    QMap<QString, QMap<QString, QList<QByteArray>>> packagesByStyle;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() < 3)
            continue;
        const QString style = QString::fromUtf8(fields[1]);
        const QString package = QFileInfo(QFileInfo(QString::fromUtf8(fields[0])).path()).fileName();
        const int styleId = int(styles.insert(style, styles.value(style, int(styles.size()))).value());
        const QString group = QString::fromUtf8(fields[2]);
        const int groupId = int(groups.insert(group, groups.value(group, int(groups.size()))).value());
        byPath.insert(fields[0], {styleId, groupId, false});
        packagesByStyle[style][package] << fields[0];
    }
    for (const auto& packages : std::as_const(packagesByStyle)) {
        QList<QList<QByteArray>> bySize = packages.values();
        std::stable_sort(bySize.begin(), bySize.end(),
                         [](const auto& a, const auto& b) { return a.size() > b.size(); });
        qsizetype development = 0, confirmation = 0;
        for (const QList<QByteArray>& paths : bySize) {
            const bool toDevelopment = development <= confirmation;
            (toDevelopment ? development : confirmation) += paths.size();
            for (const QByteArray& p : paths)
                byPath[p].development = toDevelopment;
        }
    }
    return byPath;
}

LabelledTracks readLabels(Database& db, const VectorTable& table, const Options& options)
{
    const QHash<QByteArray, LabelLine> byPath = readLabelFile(options.labels);
    LabelledTracks result{std::vector<int>(table.size(), -1), std::vector<int>(table.size(), -1),
                          std::vector<std::uint8_t>(table.size(), 0)};
    for (const Track& track : TrackStore(db).all()) {
        const auto row = table.row(track.id);
        const auto it = byPath.constFind(QByteArray::fromStdString(track.path));
        if (!row || it == byPath.constEnd())
            continue;
        result.labels[*row] = it->style;
        result.groups[*row] = it->group;
        result.asking[*row] =
            options.part == QLatin1String("all") || it->development == (options.part == QLatin1String("dev"));
    }
    return result;
}

QJsonObject measureLabelled(const Options& options, QTextStream& log)
{
    Database db(options.db, Database::Mode::ReadOnly);
    const MapVectors vectors = mapVectors(db);
    const LabelledTracks labelled = readLabels(db, vectors.table, options);
    QJsonArray runs;
    std::vector<double> ratios;
    for (int seed = 1; seed <= options.seeds; ++seed) {
        LayoutOptions layout = options.layout;
        layout.seed = std::uint64_t(seed);
        const std::atomic_bool cancel = false;
        const auto xy = layOutMap(vectors.table, layout, {}, cancel);
        const NeighbourhoodQuality q =
            measureNeighbourhoods(vectors.table, *xy, {labelled.labels, labelled.groups, labelled.asking}, kK,
                                  vectors.table.size());
        ratios.push_back(q.labelAgreementMap / q.labelAgreementFull);
        log << QStringLiteral(
                   "seed %1: P@10 %2 map / %3 full (ratio %4), filtered %5 / %6, trustworthiness %7\n")
                   .arg(seed)
                   .arg(q.labelAgreementMap, 0, 'f', 3)
                   .arg(q.labelAgreementFull, 0, 'f', 3)
                   .arg(ratios.back(), 0, 'f', 3)
                   .arg(q.filteredAgreementMap, 0, 'f', 3)
                   .arg(q.filteredAgreementFull, 0, 'f', 3)
                   .arg(q.trustworthiness, 0, 'f', 3);
        log.flush();
        QJsonObject run = qualityJson(q);
        run[QStringLiteral("seed")] = seed;
        runs.append(run);
    }
    const auto [low, high] = std::minmax_element(ratios.begin(), ratios.end());
    return {
        {QStringLiteral("space"), vectors.space}, {QStringLiteral("tracks"), qint64(vectors.table.size())},
        {QStringLiteral("part"), options.part},   {QStringLiteral("ratio_min"), *low},
        {QStringLiteral("ratio_max"), *high},     {QStringLiteral("runs"), runs}};
}

Options parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("sizes"), QStringLiteral("Library sizes."), QStringLiteral("list")},
         {QStringLiteral("threads"), QStringLiteral("Layout threads."), QStringLiteral("n")},
         {QStringLiteral("queries"), QStringLiteral("Quality queries."), QStringLiteral("n")},
         {QStringLiteral("iterations"), QStringLiteral("t-SNE iterations after the early exaggeration."),
          QStringLiteral("n")},
         {QStringLiteral("neighbours"), QStringLiteral("Graph neighbours."), QStringLiteral("k")},
         {QStringLiteral("dof"), QStringLiteral("Degrees of freedom of the map's kernel."),
          QStringLiteral("a")},
         {QStringLiteral("db"), QStringLiteral("Analysed library."), QStringLiteral("file")},
         {QStringLiteral("labels"), QStringLiteral("Labels TSV."), QStringLiteral("file")},
         {QStringLiteral("seeds"), QStringLiteral("Layout seeds."), QStringLiteral("n")},
         {QStringLiteral("part"), QStringLiteral("dev, confirmation or all."), QStringLiteral("p")},
         {QStringLiteral("smoke"), QStringLiteral("Small and quick.")}});
    parser.process(app);
    Options options;
    options.smoke = parser.isSet(QStringLiteral("smoke"));
    const QString sizes = parser.isSet(QStringLiteral("sizes")) ? parser.value(QStringLiteral("sizes"))
                          : options.smoke                       ? QStringLiteral("2000")
                                                                : QStringLiteral("10000,100000");
    for (const QString& s : sizes.split(QLatin1Char(',')))
        options.sizes.push_back(s.toULongLong());
    if (parser.isSet(QStringLiteral("threads")))
        options.layout.threads = parser.value(QStringLiteral("threads")).toInt();
    if (parser.isSet(QStringLiteral("queries")))
        options.queries = parser.value(QStringLiteral("queries")).toULongLong();
    if (parser.isSet(QStringLiteral("iterations")))
        options.layout.iterations = parser.value(QStringLiteral("iterations")).toInt();
    if (parser.isSet(QStringLiteral("dof"))) {
        bool ok = false;
        options.layout.dof = parser.value(QStringLiteral("dof")).toFloat(&ok);
        if (!ok || !(options.layout.dof > 0)) {
            QTextStream(stderr) << "bench_map: --dof takes a number above 0\n";
            std::exit(2);
        }
    }
    if (parser.isSet(QStringLiteral("neighbours")))
        options.layout.neighbours = parser.value(QStringLiteral("neighbours")).toInt();
    if (parser.isSet(QStringLiteral("seeds")))
        options.seeds = parser.value(QStringLiteral("seeds")).toInt();
    if (parser.isSet(QStringLiteral("part")))
        options.part = parser.value(QStringLiteral("part"));
    options.db = parser.value(QStringLiteral("db"));
    options.labels = parser.value(QStringLiteral("labels"));
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app);
    QTextStream log(stderr);
    QJsonObject out{{QStringLiteral("threads"), options.layout.threads},
                    {QStringLiteral("neighbours"), options.layout.neighbours},
                    {QStringLiteral("dof"), double(options.layout.dof)},
                    {QStringLiteral("iterations"), options.layout.iterations}};
    bool wrong = false;
    if (!options.db.isEmpty()) {
        out[QStringLiteral("labelled")] = measureLabelled(options, log);
    } else {
        QJsonArray results;
        for (std::size_t size : options.sizes)
            results.append(measureSynthetic(size, options, wrong, log));
        out[QStringLiteral("synthetic")] = results;
    }
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return wrong ? 1 : 0;
}
