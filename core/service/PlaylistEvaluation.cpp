#include "core/service/PlaylistEvaluation.h"

#include "core/service/SimilarTracks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <numeric>
#include <random>
#include <stdexcept>

namespace soundalike {

namespace {

struct Label
{
    QString style;
    QString group;
};

// path -> label, from path<TAB>style<TAB>group lines.
QHash<QString, Label> readLabels(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error(QStringLiteral("Cannot read %1").arg(path).toStdString());
    QHash<QString, Label> labels;
    // Relative paths are relative to the file, as `eval --labels` reads them (TrackLabels).
    const QDir base = QFileInfo(path).absoluteDir();
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char('\t'));
        if (fields.size() >= 3 && !fields[0].isEmpty())
            labels.insert(QDir::cleanPath(base.absoluteFilePath(fields[0])),
                          {fields[1].trimmed(), fields[2].trimmed()});
    }
    return labels;
}

using TrackLabels = QHash<std::int64_t, Label>;

TrackLabels resolveLabels(const SimilarTracks& similar, const QHash<QString, Label>& labels)
{
    TrackLabels byTrack;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        try {
            byTrack.insert(similar.resolve(toFilePath(it.key())), it.value());
        } catch (const std::runtime_error&) {
            // Not in this library (not scanned or not analysed): neither a seed nor a pick.
        }
    }
    return byTrack;
}

// Sets of 3 seeds of one style, each from another group, drawn reproducibly from `seed`.
QMap<QString, std::vector<std::vector<std::int64_t>>> drawSeedSets(const TrackLabels& candidates, int sets,
                                                                   std::uint64_t seed)
{
    QMap<QString, QMap<QString, std::vector<std::int64_t>>> byStyleGroup;
    for (auto it = candidates.begin(); it != candidates.end(); ++it)
        byStyleGroup[it.value().style][it.value().group].push_back(it.key());
    std::mt19937_64 random(seed);
    const auto below = [&random](std::size_t n) { return std::size_t(random() % n); };
    QMap<QString, std::vector<std::vector<std::int64_t>>> result;
    for (auto style = byStyleGroup.begin(); style != byStyleGroup.end(); ++style) {
        if (style.value().size() < 3)
            continue;
        std::vector<std::vector<std::int64_t>> groups;
        for (std::vector<std::int64_t> tracks : style.value()) {
            std::sort(tracks.begin(), tracks.end());
            groups.push_back(std::move(tracks));
        }
        for (int i = 0; i < sets; ++i) {
            std::vector<std::size_t> order(groups.size());
            std::iota(order.begin(), order.end(), 0);
            for (std::size_t j = order.size() - 1; j > 0; --j)
                std::swap(order[j], order[below(j + 1)]);
            std::vector<std::int64_t> seeds;
            for (std::size_t j = 0; j < 3; ++j)
                seeds.push_back(groups[order[j]][below(groups[order[j]].size())]);
            result[style.key()].push_back(std::move(seeds));
        }
    }
    return result;
}

JudgedPlaylist generated(SimilarTracks& similar, const TrackLabels& labels, const QString& style,
                         const std::vector<std::int64_t>& seeds, int length, std::uint64_t randomSeed)
{
    PlaylistRequest request; // the GUI's defaults, as GenerateControls sets them
    request.order = PlaylistOrder::Smooth;
    request.seeds = seeds;
    request.count = length;
    request.randomSeed = randomSeed;
    JudgedPlaylist judged{style, seeds, length, 0, {}, {}, {}, {}};
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.value().style == style && std::find(seeds.begin(), seeds.end(), it.key()) == seeds.end())
            ++judged.styleLeft;
    }
    for (const PlaylistPick& pick : similar.generate(request).picks) {
        judged.pickStyles << labels.value(pick.entry.track.id).style;
        judged.similarities.push_back(pick.entry.similarity);
        judged.fits.push_back(pick.fits);
        judged.percentiles.push_back(pick.percentile);
    }
    return judged;
}

void addTo(PlaylistFigures& sum, const PlaylistFigures& f)
{
    sum.agreement += f.agreement;
    sum.achievable += f.achievable;
    sum.transitions += f.transitions;
    sum.weakPosition += f.weakPosition;
    sum.weakOffStyle += f.weakOffStyle;
    sum.fitting += f.fitting;
    sum.fitOnStyle += f.fitOnStyle;
    sum.fillerOffStyle += f.fillerOffStyle;
    sum.fitsFirst += f.fitsFirst;
}

PlaylistFigures meanOf(PlaylistFigures sum, int count)
{
    if (count == 0)
        return {};
    for (double* figure :
         {&sum.agreement, &sum.achievable, &sum.transitions, &sum.weakPosition, &sum.weakOffStyle,
          &sum.fitting, &sum.fitOnStyle, &sum.fillerOffStyle, &sum.fitsFirst})
        *figure /= count;
    return sum;
}

// How well "fits" tells the seeds' style from the rest, and whether the fitting picks come first.
void judgeFit(const JudgedPlaylist& playlist, PlaylistFigures& figures)
{
    int fitting = 0, onStyle = 0, onStyleFitting = 0, fillers = 0, fillersOff = 0;
    bool fillerSeen = false, fitsFirst = true;
    for (std::size_t i = 0; i < playlist.fits.size(); ++i) {
        const bool on = playlist.pickStyles[qsizetype(i)] == playlist.style;
        const bool fit = playlist.fits[i];
        fitting += fit;
        onStyle += on;
        onStyleFitting += on && fit;
        fillers += !fit;
        fillersOff += !fit && !on;
        fitsFirst = fitsFirst && !(fit && fillerSeen);
        fillerSeen = fillerSeen || !fit;
    }
    const int picks = int(playlist.fits.size());
    figures.fitting = picks ? double(fitting) / picks : 0.0;
    figures.fitOnStyle = onStyle ? double(onStyleFitting) / onStyle : 1.0;
    figures.fillerOffStyle = fillers ? double(fillersOff) / fillers : 1.0;
    figures.fitsFirst = fitsFirst ? 1.0 : 0.0;
}

} // namespace

PlaylistFigures PlaylistEvaluation::judge(const JudgedPlaylist& playlist)
{
    PlaylistFigures figures;
    const int picks = int(playlist.pickStyles.size());
    if (picks == 0)
        return figures;
    const int matching = int(playlist.pickStyles.count(playlist.style));
    figures.agreement = double(matching) / picks;
    const int achievable = std::min(playlist.length, playlist.styleLeft);
    figures.achievable = achievable > 0 ? double(matching) / achievable : 1.0;
    int same = 0;
    for (int i = 1; i < picks; ++i)
        same += playlist.pickStyles[i] == playlist.pickStyles[i - 1] && !playlist.pickStyles[i].isEmpty();
    figures.transitions = picks > 1 ? double(same) / (picks - 1) : 1.0;

    std::vector<int> byScore(static_cast<std::size_t>(picks));
    std::iota(byScore.begin(), byScore.end(), 0);
    std::stable_sort(byScore.begin(), byScore.end(),
                     [&](int a, int b) { return playlist.similarities[a] < playlist.similarities[b]; });
    const int weakest = std::max(1, picks / 4);
    for (int i = 0; i < weakest; ++i) {
        const int place = byScore[std::size_t(i)];
        figures.weakPosition += picks > 1 ? double(place) / (picks - 1) : 0.0;
        figures.weakOffStyle += playlist.pickStyles[place] != playlist.style;
    }
    figures.weakPosition /= weakest;
    figures.weakOffStyle /= weakest;
    judgeFit(playlist, figures);
    return figures;
}

PlaylistEvaluationReport PlaylistEvaluation::run(const QString& databasePath,
                                                 const PlaylistEvaluationRequest& request)
{
    SimilarTracks similar(databasePath);
    const TrackLabels labels = resolveLabels(similar, readLabels(request.labelsFile));
    if (labels.isEmpty())
        throw std::runtime_error(QStringLiteral("None of the tracks in %1 is in this library")
                                     .arg(request.labelsFile)
                                     .toStdString());
    TrackLabels candidates = labels;
    if (!request.seedLabelsFile.isEmpty())
        candidates = resolveLabels(similar, readLabels(request.seedLabelsFile));
    const auto seedSets = drawSeedSets(candidates, request.setsPerStyle, request.seed);
    if (seedSets.isEmpty())
        throw std::runtime_error("No style has tracks of 3 groups to draw seeds from");

    PlaylistEvaluationReport report;
    report.tracks = int(labels.size());
    report.styles = int(seedSets.size());
    PlaylistFigures sum10, sum30;
    for (auto style = seedSets.begin(); style != seedSets.end(); ++style) {
        for (const std::vector<std::int64_t>& seeds : style.value()) {
            for (const int length : {10, 30}) {
                JudgedPlaylist judged = generated(similar, labels, style.key(), seeds, length, request.seed);
                addTo(length == 10 ? sum10 : sum30, judge(judged));
                report.judged.push_back(std::move(judged));
            }
            ++report.playlists;
        }
    }
    report.at10 = meanOf(sum10, report.playlists);
    report.at30 = meanOf(sum30, report.playlists);
    return report;
}

} // namespace soundalike
