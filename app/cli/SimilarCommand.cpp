#include "app/cli/SimilarCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/PlaylistOptions.h"
#include "app/cli/PlaylistPrinter.h"
#include "app/cli/SearchSession.h"
#include "core/search/PlaylistGenerator.h"

namespace soundalike::cli {

namespace {

constexpr int kDefaultCount = 30;

PlaylistOrder readOrder(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("similar"))
        return PlaylistOrder::Similar;
    if (text == QLatin1String("smooth"))
        return PlaylistOrder::Smooth;
    if (text == QLatin1String("path"))
        return PlaylistOrder::Path;
    throw UsageError("--order is one of similar, smooth, path");
}

} // namespace

QString SimilarCommand::summary() const
{
    return QStringLiteral("Make a playlist of songs like the seeds (files or track ids).");
}

QString SimilarCommand::arguments() const
{
    return QStringLiteral("SEED...");
}

void SimilarCommand::addOptions(QCommandLineParser& parser) const
{
    PlaylistOptions::add(parser, kDefaultCount);
    parser.addOption({QStringLiteral("order"),
                      QStringLiteral("similar (closest first, default), smooth (each track close to the one "
                                     "before), path (from the first seed to the last)."),
                      QStringLiteral("ORDER")});
}

int SimilarCommand::run(CliContext& context) const
{
    const QStringList seeds = context.positional();
    if (seeds.isEmpty())
        throw UsageError("similar needs at least one seed: a file in the library or a track id");
    PlaylistRequest request = PlaylistOptions::read(context, kDefaultCount);
    request.order = readOrder(context.options().value(QStringLiteral("order")));
    if (request.order == PlaylistOrder::Path && seeds.size() < 2)
        throw UsageError("--order path needs at least two seeds");
    // Integration point for --m3u: write `playlist` with core/playlists once it exists.
    SearchSession session(context);
    for (const QString& seed : seeds)
        request.seeds.push_back(session.resolve(seed));
    session.cover(request.seeds);
    const Playlist playlist = PlaylistGenerator(session.space()).generate(request);
    PlaylistPrinter(context, session).print(request, playlist);
    return 0;
}

} // namespace soundalike::cli
