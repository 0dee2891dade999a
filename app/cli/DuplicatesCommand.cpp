#include "app/cli/DuplicatesCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/TrackFormat.h"
#include "core/service/LibraryQueries.h"

#include <QJsonArray>

namespace soundalike::cli {

QString DuplicatesCommand::summary() const
{
    return QStringLiteral(
        "List the recordings the library holds more than once (other names, tags, bitrates).");
}

int DuplicatesCommand::run(CliContext& context) const
{
    const std::vector<std::vector<Track>> groups = LibraryQueries(context.databasePath()).duplicates();
    if (context.json()) {
        QJsonArray list;
        for (const std::vector<Track>& group : groups) {
            QJsonArray tracks;
            for (const Track& track : group)
                tracks.append(trackJson(track));
            list.append(QJsonObject{{QStringLiteral("tracks"), tracks}});
        }
        context.printJson({{QStringLiteral("count"), int(groups.size())}, {QStringLiteral("groups"), list}});
        return 0;
    }
    for (const std::vector<Track>& group : groups) {
        for (const Track& track : group)
            context.out() << trackLine(track) << "\n    " << displayPath(track.path) << '\n';
        context.out() << '\n';
    }
    context.out() << counted(qint64(groups.size()), "recording") << " held more than once\n";
    return 0;
}

} // namespace soundalike::cli
