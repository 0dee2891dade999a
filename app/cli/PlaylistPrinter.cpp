#include "app/cli/PlaylistPrinter.h"

#include "app/cli/CliContext.h"
#include "app/cli/SearchSession.h"
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

} // namespace

void PlaylistPrinter::print(const GenerationRequest& request, const GeneratedPlaylist& playlist)
{
    if (m_context.json())
        m_context.printJson(json(request, playlist));
    else
        printText(request, playlist);
}

QJsonObject PlaylistPrinter::json(const GenerationRequest& request, const GeneratedPlaylist& playlist) const
{
    QJsonArray seeds;
    for (std::int64_t id : request.seeds)
        seeds.append(trackJson(m_session.track(id)));
    QJsonArray entries;
    int position = 0;
    for (const SuggestedTrack& e : playlist.entries) {
        const Track& t = m_session.track(e.trackId);
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
            {QStringLiteral("similarity"), double(e.similarity)},
            {QStringLiteral("score"), double(e.score)},
            {QStringLiteral("seed_id"), qint64(e.seedId)},
            {QStringLiteral("via_centroid"), e.viaCentroid},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)},
        });
    }
    return QJsonObject{
        {QStringLiteral("seeds"), seeds},
        {QStringLiteral("order"), orderName(request.order)},
        {QStringLiteral("random_seed"), QString::number(request.randomSeed)},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("count"), int(playlist.entries.size())},
        {QStringLiteral("duration_ms"), qint64(playlist.durationMs)},
        {QStringLiteral("relaxations"), QJsonArray::fromStringList(playlist.relaxations)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(playlist.notes)},
        {QStringLiteral("centroid_used"), playlist.centroidUsed},
        {QStringLiteral("candidates"), playlist.candidates},
        {QStringLiteral("index"), m_session.indexJson()},
    };
}

void PlaylistPrinter::printText(const GenerationRequest& request, const GeneratedPlaylist& playlist)
{
    QTextStream& out = m_context.out();
    for (std::int64_t id : request.seeds)
        out << "Seed: " << artistTitle(m_session.track(id)) << '\n';
    int position = 0;
    for (const SuggestedTrack& e : playlist.entries) {
        const Track& t = m_session.track(e.trackId);
        out << QStringLiteral("%1  %2  %3  %4  from %5")
                   .arg(++position, 3)
                   .arg(artistTitle(t), formatDuration(t.durationMs))
                   .arg(double(e.similarity), 0, 'f', 2)
                   .arg(m_session.track(e.seedId).title);
        if (!e.reasons.isEmpty())
            out << "  [" << e.reasons.join(QStringLiteral(", ")) << ']';
        out << '\n';
    }
    out << playlist.entries.size() << " track(s), " << formatDuration(playlist.durationMs) << '\n';
    for (const QString& r : playlist.relaxations)
        out << "Relaxed: " << r << '\n';
    for (const QString& n : playlist.notes)
        out << "Note: " << n << '\n';
    out << m_session.indexLine() << '\n';
}

} // namespace soundalike::cli
