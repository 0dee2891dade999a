#include "app/cli/PlaylistPrinter.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/TrackFormat.h"

#include <QJsonArray>

namespace soundalike::cli {

namespace {

QString orderName(PlaylistOrder order)
{
    switch (order) {
    case PlaylistOrder::Smooth:
        return QStringLiteral("smooth");
    case PlaylistOrder::Path:
        return QStringLiteral("path");
    case PlaylistOrder::Similar:
        break;
    }
    return QStringLiteral("similar");
}

QString artistTitle(const Track& t)
{
    return QStringLiteral("%1 — %2").arg(t.artist, t.title);
}

QString seedTitle(const GeneratedList& playlist, std::int64_t seedId)
{
    for (const Track& seed : playlist.seeds) {
        if (seed.id == seedId)
            return seed.title;
    }
    return {};
}

} // namespace

void PlaylistPrinter::print(const PlaylistRequest& request, const GeneratedList& playlist,
                            const IndexReport& index)
{
    if (m_context.json())
        m_context.printJson(json(request, playlist, index));
    else
        printText(playlist, index);
}

QJsonObject PlaylistPrinter::json(const PlaylistRequest& request, const GeneratedList& playlist,
                                  const IndexReport& index) const
{
    QJsonArray seeds;
    for (const Track& seed : playlist.seeds)
        seeds.append(trackJson(seed));
    QJsonArray entries;
    int position = 0;
    for (const PlaylistPick& pick : playlist.picks) {
        const Track& t = pick.entry.track;
        entries.append(QJsonObject{
            {QStringLiteral("position"), ++position},
            {QStringLiteral("id"), qint64(t.id)},
            {QStringLiteral("path"), displayPath(t.path)},
            {QStringLiteral("artist"), t.artist},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("album"), t.album},
            {QStringLiteral("genres"), QJsonArray::fromStringList(t.genres)},
            {QStringLiteral("year"), t.year},
            {QStringLiteral("duration_ms"), t.durationMs},
            {QStringLiteral("similarity"), pick.entry.similarity},
            {QStringLiteral("match"), pick.entry.match},
            {QStringLiteral("fits"), pick.fits},
            {QStringLiteral("score"), double(pick.score)},
            {QStringLiteral("seed_id"), qint64(pick.entry.seedId)},
            {QStringLiteral("via_centroid"), pick.viaCentroid},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(pick.reasons)},
            {QStringLiteral("why"), pick.entry.why},
        });
    }
    return QJsonObject{
        {QStringLiteral("seeds"), seeds},
        {QStringLiteral("order"), orderName(request.order)},
        {QStringLiteral("random_seed"), QString::number(request.randomSeed)},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("count"), int(playlist.picks.size())},
        {QStringLiteral("fitting"), playlist.fitting},
        {QStringLiteral("duration_ms"), qint64(playlist.durationMs)},
        {QStringLiteral("relaxations"), QJsonArray::fromStringList(playlist.relaxations)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(playlist.notes)},
        {QStringLiteral("centroid_used"), playlist.centroidUsed},
        {QStringLiteral("candidates"), playlist.candidates},
        {QStringLiteral("index"), indexJson(index)},
    };
}

void PlaylistPrinter::printText(const GeneratedList& playlist, const IndexReport& index)
{
    QTextStream& out = m_context.out();
    for (const Track& seed : playlist.seeds)
        out << "Seed: " << artistTitle(seed) << '\n';
    int position = 0;
    for (const PlaylistPick& pick : playlist.picks) {
        const Track& t = pick.entry.track;
        // Match, as the window shows it: the raw cosine reads near 1 for most neighbours (--json has both).
        out << QStringLiteral("%1  %2  %3  %4%  from %5")
                   .arg(++position, 3)
                   .arg(artistTitle(t), durationText(t.durationMs))
                   .arg(matchPercent(pick.entry.match), 3)
                   .arg(seedTitle(playlist, pick.entry.seedId));
        if (!pick.entry.why.isEmpty())
            out << "  " << pick.entry.why;
        out << '\n';
    }
    out << counted(qint64(playlist.picks.size()), "track") << ", " << playlist.fitting
        << " fitting the seeds well, " << durationText(playlist.durationMs) << '\n';
    for (const QString& r : playlist.relaxations)
        out << "Relaxed: " << r << '\n';
    for (const QString& n : playlist.notes)
        out << "Note: " << n << '\n';
    out << indexLine(index) << '\n';
}

QJsonObject PlaylistPrinter::indexJson(const IndexReport& index)
{
    QJsonObject json{
        {QStringLiteral("path"), index.path},
        {QStringLiteral("source"), index.source},
        {QStringLiteral("kind"), index.exact ? QStringLiteral("exact") : QStringLiteral("approximate")},
        {QStringLiteral("tracks"), index.tracks},
        {QStringLiteral("action"), index.action},
        {QStringLiteral("added"), index.added},
        {QStringLiteral("removed"), index.removed},
    };
    if (!index.reason.isEmpty())
        json.insert(QStringLiteral("reason"), index.reason);
    if (!index.warning.isEmpty())
        json.insert(QStringLiteral("warning"), index.warning);
    if (!index.sourceNote.isEmpty())
        json.insert(QStringLiteral("source_note"), index.sourceNote);
    return json;
}

QString PlaylistPrinter::indexLine(const IndexReport& index)
{
    QString line =
        QStringLiteral("Index: %1 %2 over %3 tracks (%4)")
            .arg(index.exact ? QStringLiteral("exact") : QStringLiteral("approximate"), index.source)
            .arg(index.tracks)
            .arg(index.action);
    if (index.action == QLatin1String("built") && !index.reason.isEmpty())
        line += QStringLiteral(": ") + index.reason;
    if (index.action == QLatin1String("updated"))
        line += QStringLiteral(": %1 added, %2 removed").arg(index.added).arg(index.removed);
    if (!index.warning.isEmpty())
        line += QStringLiteral("; not saved: ") + index.warning;
    if (!index.sourceNote.isEmpty())
        line += QStringLiteral("\nNote: ") + index.sourceNote;
    return line;
}

} // namespace soundalike::cli
