#include "app/cli/TracksCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/TrackFormat.h"
#include "core/service/LibraryQueries.h"

#include <QJsonArray>

namespace soundalike::cli {

QString TracksCommand::summary() const
{
    return QStringLiteral("List tracks, optionally filtered by artist, genre or words.");
}

void TracksCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("artist"), QStringLiteral("Only tracks whose artist contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("genre"),
         QStringLiteral("Only tracks with this genre (\"metal\" matches Heavy Metal, a family all of its "
                        "genres)."),
         QStringLiteral("GENRE")});
    parser.addOption(
        {QStringLiteral("search"),
         QStringLiteral("Only tracks where every word occurs in title, artist, album or genre, as in the "
                        "window's filter box (\"фолк\" finds Folk)."),
         QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("Show at most N tracks."), QStringLiteral("N")});
}

int TracksCommand::run(CliContext& context) const
{
    TrackQuery query;
    query.artist = context.options().value(QStringLiteral("artist"));
    query.limit = context.intOption(QStringLiteral("limit"), -1, 0, 1 << 30);
    LibraryQueries library(context.databasePath());
    if (const QString genre = context.options().value(QStringLiteral("genre")); !genre.isEmpty())
        query.genres = library.genresTakenIn(genre);
    const std::vector<Track> tracks =
        library.tracks(query, context.options().value(QStringLiteral("search")));
    if (context.json()) {
        QJsonArray list;
        for (const Track& t : tracks)
            list.append(trackJson(t));
        context.printJson({{QStringLiteral("count"), int(tracks.size())}, {QStringLiteral("tracks"), list}});
        return 0;
    }
    for (const Track& t : tracks)
        context.out() << trackLine(t) << '\n';
    context.out() << counted(qint64(tracks.size()), "track") << '\n';
    return 0;
}

} // namespace soundalike::cli
