#include "app/cli/PathCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PlaylistOptions.h"
#include "app/cli/PlaylistPrinter.h"

namespace soundalike::cli {

namespace {

constexpr int kDefaultCount = 12;

} // namespace

QString PathCommand::summary() const
{
    return QStringLiteral("Make a playlist that walks from song A to song B.");
}

QString PathCommand::arguments() const
{
    return QStringLiteral("A B");
}

void PathCommand::addOptions(QCommandLineParser& parser) const
{
    PlaylistOptions::add(parser, kDefaultCount);
}

int PathCommand::run(CliContext& context) const
{
    const QStringList ends = context.positional();
    if (ends.size() != 2)
        throw UsageError("path takes two songs: where it starts and where it ends");
    PlaylistRequest request = PlaylistOptions::read(context, kDefaultCount);
    request.order = PlaylistOrder::Path;
    SimilarTracks similar(context.databasePath());
    for (const QString& end : ends)
        request.seeds.push_back(similar.resolve(exactArgument(end)));
    const GeneratedList playlist = similar.generate(request);
    PlaylistPrinter(context).print(request, playlist, similar.index());
    return 0;
}

} // namespace soundalike::cli
