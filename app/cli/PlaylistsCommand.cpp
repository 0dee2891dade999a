#include "app/cli/PlaylistsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/M3uOptions.h"
#include "app/cli/TrackFormat.h"
#include "core/service/playlists/PlaylistRecipe.h"
#include "core/service/playlists/SavedPlaylists.h"

#include <QDateTime>
#include <QJsonArray>

namespace soundalike::cli {

namespace {

QString isoTime(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toString(Qt::ISODate);
}

QJsonObject playlistJson(const StoredPlaylist& p)
{
    return {{QStringLiteral("id"), qint64(p.id)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("tracks"), p.tracks},
            {QStringLiteral("unavailable"), p.unavailable},
            {QStringLiteral("duration_ms"), qint64(p.durationMs)},
            {QStringLiteral("generated"), p.generated()},
            {QStringLiteral("created"), isoTime(p.createdAt)},
            {QStringLiteral("updated"), isoTime(p.updatedAt)}};
}

QString playlistLine(const StoredPlaylist& p)
{
    QString line = QStringLiteral("%1  %2  %3, %4")
                       .arg(p.id, 4)
                       .arg(p.name)
                       .arg(counted(p.tracks, "track"))
                       .arg(durationText(p.durationMs));
    if (p.unavailable)
        line += QStringLiteral(", %1 unavailable").arg(p.unavailable);
    if (p.generated())
        line += QStringLiteral("  (generated: can be made again)");
    return line;
}

QJsonObject entryJson(const PlaylistEntry& e, int position)
{
    const Track& t = e.track;
    return {{QStringLiteral("position"), position},
            {QStringLiteral("id"), t.id ? QJsonValue(qint64(t.id)) : QJsonValue()},
            {QStringLiteral("path"), displayPath(t.path)},
            {QStringLiteral("artist"), t.artist},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("duration_ms"), t.durationMs},
            {QStringLiteral("available"), t.available}};
}

QString entryLine(const PlaylistEntry& e)
{
    if (e.track.id)
        return trackLine(e.track);
    return QStringLiteral("%1  %2 — %3  %4  %5  (not in the library)")
        .arg(QStringLiteral("-"), 6)
        .arg(e.track.artist, e.track.title, durationText(e.track.durationMs), displayPath(e.track.path));
}

StoredPlaylist required(SavedPlaylists& saved, const QString& nameOrId)
{
    std::optional<StoredPlaylist> found = saved.find(nameOrId);
    if (!found)
        throw std::runtime_error("no saved playlist named '" + nameOrId.toStdString() +
                                 "' (soundalike-cli playlists lists them)");
    return std::move(*found);
}

int listAll(CliContext& context, SavedPlaylists& saved)
{
    const std::vector<StoredPlaylist> playlists = saved.list();
    if (context.json()) {
        QJsonArray list;
        for (const StoredPlaylist& p : playlists)
            list.append(playlistJson(p));
        context.printJson(
            {{QStringLiteral("count"), int(playlists.size())}, {QStringLiteral("playlists"), list}});
        return 0;
    }
    for (const StoredPlaylist& p : playlists)
        context.out() << playlistLine(p) << '\n';
    context.out() << counted(qint64(playlists.size()), "playlist") << '\n';
    return 0;
}

int showOne(CliContext& context, SavedPlaylists& saved, const QString& nameOrId)
{
    const SavedPlaylist playlist = saved.load(required(saved, nameOrId).id);
    if (context.json()) {
        QJsonArray entries;
        for (std::size_t i = 0; i < playlist.entries.size(); ++i)
            entries.append(entryJson(playlist.entries[i], int(i) + 1));
        QJsonObject object = playlistJson(playlist.info);
        object.insert(QStringLiteral("entries"), entries);
        if (playlist.recipe) {
            QJsonObject recipe = PlaylistRecipe::toJson(*playlist.recipe);
            QJsonArray seeds;
            for (const std::int64_t seed : playlist.recipe->seeds)
                seeds.append(qint64(seed));
            recipe.insert(QStringLiteral("seeds"), seeds);
            object.insert(QStringLiteral("recipe"), recipe);
        }
        context.printJson(object);
        return 0;
    }
    context.out() << playlistLine(playlist.info) << '\n';
    for (const PlaylistEntry& e : playlist.entries)
        context.out() << entryLine(e) << '\n';
    return 0;
}

// The songs of a saved playlist to a file, as the app's sidebar exports them; unavailable songs too, by path.
int exportOne(CliContext& context, SavedPlaylists& saved, const QString& nameOrId, const QString& file)
{
    const FilePath path = exactArgument(file);
    if (!PlaylistFiles::isPlaylistName(path))
        throw UsageError("the file's name must end in .m3u or .m3u8: " + file.toStdString());
    const M3uPathStyle style = M3uOptions::pathStyle(context);
    const SavedPlaylist playlist = saved.load(required(saved, nameOrId).id);
    std::vector<Track> tracks;
    for (const PlaylistEntry& e : playlist.entries)
        tracks.push_back(e.track);
    PlaylistFiles::write(path, tracks, style);
    if (context.json())
        context.printJson({{QStringLiteral("name"), playlist.info.name},
                           {QStringLiteral("playlist"), displayPath(path)},
                           {QStringLiteral("count"), int(tracks.size())}});
    else
        context.out() << "Wrote " << counted(qint64(tracks.size()), "track") << " of \"" << playlist.info.name
                      << "\" to " << displayPath(path) << '\n';
    return 0;
}

int deleteOne(CliContext& context, SavedPlaylists& saved, const QString& nameOrId)
{
    const StoredPlaylist playlist = required(saved, nameOrId);
    saved.remove(playlist.id);
    if (context.json())
        context.printJson({{QStringLiteral("deleted"), playlistJson(playlist)}});
    else
        context.out() << "Deleted the playlist \"" << playlist.name << "\" (its songs stay in the library)\n";
    return 0;
}

} // namespace

QString PlaylistsCommand::summary() const
{
    return QStringLiteral("List the playlists saved in the library, show, export or delete one.");
}

QString PlaylistsCommand::arguments() const
{
    return QStringLiteral("[NAME|ID]  (with a name: its songs, or with --export/--delete, that)");
}

void PlaylistsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("export"),
                      QStringLiteral("Write the songs of the playlist NAME to FILE (.m3u or .m3u8)."),
                      QStringLiteral("FILE")});
    M3uOptions::addPathStyleOptions(parser);
    parser.addOption({QStringLiteral("delete"),
                      QStringLiteral("Delete the playlist NAME (its songs stay in the library).")});
}

int PlaylistsCommand::run(CliContext& context) const
{
    const QStringList positional = context.positional();
    if (positional.size() > 1)
        throw UsageError("playlists takes at most one playlist name (quote a name with spaces)");
    const bool exporting = context.options().isSet(QStringLiteral("export"));
    const bool deleting = context.options().isSet(QStringLiteral("delete"));
    if ((exporting || deleting) && positional.isEmpty())
        throw UsageError(
            "--export and --delete need the playlist's name, e.g. playlists \"Road trip\" --delete");
    if (exporting && deleting)
        throw UsageError("--export and --delete exclude each other");
    SavedPlaylists saved(context.databasePath());
    if (positional.isEmpty())
        return listAll(context, saved);
    if (exporting)
        return exportOne(context, saved, positional.front(),
                         context.options().value(QStringLiteral("export")));
    if (deleting)
        return deleteOne(context, saved, positional.front());
    return showOne(context, saved, positional.front());
}

} // namespace soundalike::cli
