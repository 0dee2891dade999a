#include "app/cli/ExportCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/M3uOptions.h"
#include "core/common/RawArgument.h"

#include <QFile>

#include <unistd.h>

namespace soundalike::cli {

namespace {

// One track id or file per line, as raw bytes so that any file name survives the pipe.
std::vector<FilePath> standardInputLines()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    std::vector<FilePath> lines;
    for (const QByteArray& line : in.readAll().split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (!text.trimmed().isEmpty())
            lines.push_back(text.toStdString());
    }
    return lines;
}

std::vector<FilePath> trackArguments(const QStringList& positional)
{
    std::vector<FilePath> tracks;
    for (const QString& argument : positional.mid(1))
        tracks.push_back(exactArgument(argument));
    if (tracks.empty() && !::isatty(STDIN_FILENO))
        tracks = standardInputLines();
    if (tracks.empty())
        throw UsageError("no tracks given: name track ids or files, or pipe them in, one per line");
    return tracks;
}

} // namespace

QString ExportCommand::summary() const
{
    return QStringLiteral("Write tracks (ids or files) to an M3U/M3U8 playlist.");
}

QString ExportCommand::arguments() const
{
    return QStringLiteral(
        "OUT.m3u[8] [TRACK...]  (a TRACK is a track id or a file; without any, one per line "
        "is read from standard input)");
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    M3uOptions::addPathStyleOptions(parser);
}

int ExportCommand::run(CliContext& context) const
{
    const QStringList positional = context.positional();
    if (positional.isEmpty())
        throw UsageError("export needs the playlist to write, e.g. export mix.m3u8 12 15 song.mp3");
    const FilePath playlist = exactArgument(positional.front());
    if (!PlaylistFiles::isPlaylistName(playlist))
        throw UsageError("the playlist's name must end in .m3u or .m3u8: " +
                         positional.front().toStdString());
    const M3uPathStyle style = M3uOptions::pathStyle(context);
    const std::vector<FilePath> arguments = trackArguments(positional);

    PlaylistFiles files(context.databasePath());
    std::vector<PlaylistFileEntry> entries;
    for (const FilePath& argument : arguments)
        entries.push_back(files.entryFor(argument));
    PlaylistFiles::write(playlist, entries, style);

    if (context.json()) {
        context.printJson({{QStringLiteral("playlist"), displayPath(playlist)},
                           {QStringLiteral("written"), int(entries.size())}});
        return 0;
    }
    context.out() << "Wrote " << counted(qint64(entries.size()), "track") << " to " << displayPath(playlist)
                  << '\n';
    return 0;
}

} // namespace soundalike::cli
