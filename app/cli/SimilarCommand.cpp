#include "app/cli/SimilarCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/M3uOptions.h"
#include "app/cli/PlaylistOptions.h"
#include "app/cli/PlaylistPrinter.h"

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
    parser.addOption({QStringLiteral("m3u"),
                      QStringLiteral("Also write the playlist to this .m3u or .m3u8 file."),
                      QStringLiteral("OUT")});
    M3uOptions::addPathStyleOptions(parser);
}

int SimilarCommand::run(CliContext& context) const
{
    const QStringList seeds = context.positional();
    if (seeds.isEmpty())
        throw UsageError("similar needs at least one seed: a file in the library or a track id");
    PlaylistRequest request = PlaylistOptions::read(context, kDefaultCount);
    request.order = readOrder(context.options().value(QStringLiteral("order")));
    if (request.order == PlaylistOrder::Path && seeds.size() < minimumSeeds(PlaylistOrder::Path))
        throw UsageError("--order path needs at least two seeds");
    const FilePath m3u = exactArgument(context.options().value(QStringLiteral("m3u")));
    if (!m3u.empty() && !PlaylistFiles::isPlaylistName(m3u))
        throw UsageError("--m3u needs a name ending in .m3u or .m3u8");
    const M3uPathStyle style = M3uOptions::pathStyle(context);
    SimilarTracks similar(context.databasePath());
    for (const QString& seed : seeds)
        request.seeds.push_back(similar.resolve(exactArgument(seed)));
    const GeneratedList playlist = similar.generate(request);
    PlaylistPrinter(context).print(request, playlist, similar.index());
    if (!m3u.empty()) {
        std::vector<Track> tracks;
        for (const PlaylistPick& pick : playlist.picks)
            tracks.push_back(pick.entry.track);
        PlaylistFiles::write(m3u, tracks, style);
    }
    return 0;
}

} // namespace soundalike::cli
