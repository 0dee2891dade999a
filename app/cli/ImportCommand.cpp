#include "app/cli/ImportCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/TrackFormat.h"
#include "core/service/PlaylistFiles.h"
#include "core/service/playlists/SavedPlaylists.h"

#include <QJsonArray>

namespace soundalike::cli {

namespace {

using ImportedTrack = PlaylistFiles::Entry;

QJsonObject importedJson(const ImportedTrack& imported, int position)
{
    const PlaylistFileEntry& e = imported.entry;
    QJsonObject object{
        {QStringLiteral("position"), position},
        {QStringLiteral("line"), e.line},
        {QStringLiteral("path"), displayPath(e.path)},
        {QStringLiteral("in_library"), imported.track.has_value()},
    };
    if (imported.track) {
        object.insert(QStringLiteral("id"), qint64(imported.track->id));
        object.insert(QStringLiteral("artist"), imported.track->artist);
        object.insert(QStringLiteral("title"), imported.track->title);
        object.insert(QStringLiteral("duration_ms"), imported.track->durationMs);
    } else {
        object.insert(QStringLiteral("artist"), e.artist);
        object.insert(QStringLiteral("title"), e.title);
        object.insert(QStringLiteral("duration_ms"),
                      e.durationSeconds >= 0 ? QJsonValue(e.durationSeconds * 1000) : QJsonValue());
    }
    return object;
}

QString importedLine(const ImportedTrack& imported)
{
    if (imported.track)
        return trackLine(*imported.track);
    const PlaylistFileEntry& e = imported.entry;
    QString line = QStringLiteral("%1  ").arg(QStringLiteral("-"), 6);
    if (!e.artist.isEmpty())
        line += e.artist + QStringLiteral(" — ");
    if (!e.title.isEmpty())
        line += e.title + QStringLiteral("  ");
    if (e.durationSeconds >= 0)
        line += durationText(qint64(e.durationSeconds) * 1000) + QStringLiteral("  ");
    return line + displayPath(e.path) + QStringLiteral("  (not in the library)");
}

} // namespace

QString ImportCommand::summary() const
{
    return QStringLiteral(
        "Read an M3U/M3U8 playlist: its tracks, which are in the library, which are missing.");
}

QString ImportCommand::arguments() const
{
    return QStringLiteral("FILE.m3u[8]");
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("save"),
         QStringLiteral("Also save it in the library as a playlist named NAME (the app's sidebar; "
                        "soundalike-cli playlists lists them)."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("replace"),
         QStringLiteral("With --save: replace the songs of the playlist of that name, if there is "
                        "one.")});
}

int ImportCommand::run(CliContext& context) const
{
    const QStringList positional = context.positional();
    if (positional.size() != 1)
        throw UsageError("import takes exactly one playlist file");
    const bool save = context.options().isSet(QStringLiteral("save"));
    const QString name = context.options().value(QStringLiteral("save"));
    if (save && name.simplified().isEmpty())
        throw UsageError("--save takes the name to save the playlist under");
    if (!save && context.options().isSet(QStringLiteral("replace")))
        throw UsageError("--replace goes with --save NAME");
    const FilePath playlist = exactArgument(positional.front());
    std::optional<StoredPlaylist> saved;
    PlaylistFiles::Read read;
    if (save) {
        SavedPlaylists library(context.databasePath());
        const bool replace = context.options().isSet(QStringLiteral("replace"));
        if (const auto existing = library.find(name);
            !replace && existing && existing->name == SavedPlaylists::cleanName(name))
            throw std::runtime_error("a playlist named '" + existing->name.toStdString() +
                                     "' already exists (--replace replaces its songs)");
        ImportedPlaylist imported = library.importFile(playlist, name, replace);
        read = std::move(imported.read);
        saved = library.load(imported.id).info;
    } else {
        read = PlaylistFiles(context.databasePath()).read(playlist);
    }
    const std::vector<ImportedTrack>& imported = read.entries;
    const int inLibrary = int(std::count_if(imported.begin(), imported.end(),
                                            [](const ImportedTrack& t) { return t.track.has_value(); }));

    if (context.json()) {
        QJsonArray list;
        for (std::size_t i = 0; i < imported.size(); ++i)
            list.append(importedJson(imported[i], int(i) + 1));
        QJsonArray missing;
        for (const M3uMissingEntry& m : read.missing)
            missing.append(QJsonObject{{QStringLiteral("line"), m.line},
                                       {QStringLiteral("location"), m.location},
                                       {QStringLiteral("reason"), m.reason}});
        QJsonObject object{{QStringLiteral("playlist"), displayPath(playlist)},
                           {QStringLiteral("count"), int(imported.size())},
                           {QStringLiteral("in_library"), inLibrary},
                           {QStringLiteral("tracks"), list},
                           {QStringLiteral("missing"), missing}};
        if (saved)
            object.insert(QStringLiteral("saved"), QJsonObject{{QStringLiteral("id"), qint64(saved->id)},
                                                               {QStringLiteral("name"), saved->name},
                                                               {QStringLiteral("tracks"), saved->tracks}});
        context.printJson(object);
        return 0;
    }
    for (const ImportedTrack& track : imported)
        context.out() << importedLine(track) << '\n';
    if (!read.missing.empty())
        context.out() << "Missing entries:\n";
    for (const M3uMissingEntry& m : read.missing)
        context.out() << "  line " << m.line << ": " << m.location << "  (" << m.reason << ")\n";
    context.out() << counted(qint64(imported.size()), "track") << ", " << inLibrary << " in the library, "
                  << read.missing.size() << " missing\n";
    if (saved)
        context.out() << "Saved as the playlist \"" << saved->name << "\" ("
                      << counted(saved->tracks, "track") << ")\n";
    return 0;
}

} // namespace soundalike::cli
