#include "app/cli/StatsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TrackFormat.h"
#include "core/service/LibraryQueries.h"

#include <QJsonArray>

namespace soundalike::cli {

QString StatsCommand::summary() const
{
    return QStringLiteral("Show what the library holds: tracks, artists, albums, genres, problems.");
}

int StatsCommand::run(CliContext& context) const
{
    LibraryQueries library(context.databasePath());
    const LibraryStats s = library.stats();
    QStringList folders;
    for (const FilePath& folder : library.folders())
        folders << displayPath(folder);
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("database"), context.databasePath()},
            {QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
            {QStringLiteral("tracks"), s.tracks},
            {QStringLiteral("unavailable"), s.unavailable},
            {QStringLiteral("artists"), s.artists},
            {QStringLiteral("albums"), s.albums},
            {QStringLiteral("genres"), s.genres},
            {QStringLiteral("problems"), s.problems},
            {QStringLiteral("analysed"), s.analysed},
            {QStringLiteral("total_duration_ms"), qint64(s.totalDurationMs)},
            {QStringLiteral("total_bytes"), qint64(s.totalBytes)},
        });
        return 0;
    }
    QTextStream& out = context.out();
    out << "Library:   " << context.databasePath() << '\n';
    for (const QString& folder : folders)
        out << "Folder:    " << folder << '\n';
    out << "Tracks:    " << s.tracks;
    if (s.unavailable)
        out << " (" << s.unavailable << " unavailable)";
    out << "\nArtists:   " << s.artists << "\nAlbums:    " << s.albums << "\nGenres:    " << s.genres
        << "\nDuration:  " << durationText(s.totalDurationMs)
        << QStringLiteral("\nSize:      %1 MB").arg(double(s.totalBytes) / 1e6, 0, 'f', 1)
        << "\nAnalysed:  " << s.analysed << "\nProblems:  " << s.problems << '\n';
    return 0;
}

} // namespace soundalike::cli
