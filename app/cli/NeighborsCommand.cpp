#include "app/cli/NeighborsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PlaylistPrinter.h"
#include "app/cli/TrackFormat.h"

#include <QJsonArray>

namespace soundalike::cli {

QString NeighborsCommand::summary() const
{
    return QStringLiteral(
        "Show the nearest tracks by the current vectors, with distances, no rules applied.");
}

QString NeighborsCommand::arguments() const
{
    return QStringLiteral("TRACK...");
}

void NeighborsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("k"), QStringLiteral("Neighbours per track (default 20)."), QStringLiteral("K")});
}

int NeighborsCommand::run(CliContext& context) const
{
    const QStringList tracks = context.positional();
    if (tracks.isEmpty())
        throw UsageError("neighbors needs at least one track: a file in the library or a track id");
    const int k = context.intOption(QStringLiteral("k"), 20, 1, 10000);
    SimilarTracks similar(context.databasePath());
    std::vector<std::int64_t> ids;
    for (const QString& t : tracks)
        ids.push_back(similar.resolve(exactArgument(t)));
    const std::vector<std::vector<Neighbour>> found = similar.neighbours(ids, k);
    QJsonArray results;
    for (std::size_t q = 0; q < ids.size(); ++q) {
        const Track& query = similar.track(ids[q]);
        QJsonArray neighbours;
        if (!context.json())
            context.out() << "Neighbours of " << trackLine(query) << '\n';
        for (const Neighbour& n : found[q]) {
            const Track& t = n.track;
            neighbours.append(QJsonObject{{QStringLiteral("id"), qint64(t.id)},
                                          {QStringLiteral("artist"), t.artist},
                                          {QStringLiteral("title"), t.title},
                                          {QStringLiteral("path"), displayPath(t.path)},
                                          {QStringLiteral("similarity"), double(n.similarity)},
                                          {QStringLiteral("distance"), 1.0 - double(n.similarity)}});
            if (!context.json())
                context.out()
                    << QStringLiteral("  %1  %2").arg(1.0 - double(n.similarity), 0, 'f', 4).arg(trackLine(t))
                    << '\n';
        }
        results.append(QJsonObject{{QStringLiteral("track"), trackJson(query)},
                                   {QStringLiteral("neighbors"), neighbours}});
    }
    if (context.json())
        context.printJson({{QStringLiteral("results"), results},
                           {QStringLiteral("index"), PlaylistPrinter::indexJson(similar.index())}});
    else
        context.out() << PlaylistPrinter::indexLine(similar.index()) << '\n';
    return 0;
}

} // namespace soundalike::cli
