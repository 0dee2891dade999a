#include "app/cli/NeighborsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/SearchSession.h"
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
    SearchSession session(context);
    std::vector<std::int64_t> ids;
    std::vector<float> queries;
    for (const QString& t : tracks)
        ids.push_back(session.resolve(t));
    session.cover(ids);
    for (std::int64_t id : ids) {
        const auto v = session.vectors().vector(*session.vectors().row(id));
        queries.insert(queries.end(), v.begin(), v.end());
    }
    // One more than asked: the track itself is its own nearest neighbour and is left out.
    const auto found = session.index().search(queries, k + 1);
    QJsonArray results;
    for (std::size_t q = 0; q < ids.size(); ++q) {
        const Track& query = session.track(ids[q]);
        QJsonArray neighbours;
        if (!context.json())
            context.out() << "Neighbours of " << trackLine(query) << '\n';
        for (const Neighbor& n : found[q]) {
            if (n.id == ids[q] || int(neighbours.size()) >= k)
                continue;
            const Track& t = session.track(n.id);
            neighbours.append(QJsonObject{{QStringLiteral("id"), qint64(n.id)},
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
        context.printJson(
            {{QStringLiteral("results"), results}, {QStringLiteral("index"), session.indexJson()}});
    else
        context.out() << session.indexLine() << '\n';
    return 0;
}

} // namespace soundalike::cli
