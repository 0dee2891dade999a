#include "app/cli/TrackFormat.h"

#include <QJsonArray>

namespace soundalike::cli {

QJsonObject trackJson(const Track& t)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(t.id)},
        {QStringLiteral("path"), displayPath(t.path)},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("artist"), t.artist},
        {QStringLiteral("album_artist"), t.albumArtist},
        {QStringLiteral("album"), t.album},
        {QStringLiteral("genres"), QJsonArray::fromStringList(t.genres)},
        {QStringLiteral("year"), t.year},
        {QStringLiteral("track_number"), t.trackNumber},
        {QStringLiteral("track_total"), t.trackTotal},
        {QStringLiteral("disc_number"), t.discNumber},
        {QStringLiteral("disc_total"), t.discTotal},
        {QStringLiteral("duration_ms"), t.durationMs},
        {QStringLiteral("bitrate_kbps"), t.bitrateKbps},
        {QStringLiteral("sample_rate"), t.sampleRate},
        {QStringLiteral("channels"), t.channels},
        {QStringLiteral("size"), qint64(t.stamp.size)},
        {QStringLiteral("available"), t.available},
    };
}

QString trackLine(const Track& t)
{
    QString line = QStringLiteral("%1  %2 — %3").arg(t.id, 6).arg(t.artist, t.title);
    if (!t.album.isEmpty())
        line += t.year ? QStringLiteral("  (%1, %2)").arg(t.album).arg(t.year)
                       : QStringLiteral("  (%1)").arg(t.album);
    if (!t.genres.isEmpty())
        line += QStringLiteral("  [%1]").arg(t.genres.join(QStringLiteral(", ")));
    line += QStringLiteral("  %1").arg(durationText(t.durationMs));
    if (!t.available)
        line += QStringLiteral("  (unavailable)");
    return line;
}

} // namespace soundalike::cli
