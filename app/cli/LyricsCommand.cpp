#include "app/cli/LyricsCommand.h"

#include "app/cli/CliContext.h"
#include "core/service/SongLyrics.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <stdexcept>

#include <sys/stat.h>

namespace soundalike::cli {

namespace {

QString sourceName(Lyrics::Source source)
{
    switch (source) {
    case Lyrics::Source::Tags:
        return QStringLiteral("tags");
    case Lyrics::Source::Sidecar:
        return QStringLiteral("lrc");
    case Lyrics::Source::None:
        break;
    }
    return QStringLiteral("none");
}

// LRC's own time format, so that the output of a synced song is a .lrc file again.
QString lrcTime(qint64 ms)
{
    return QStringLiteral("[%1:%2.%3]")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 10 % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject lyricsJson(const QString& file, const Lyrics& lyrics)
{
    QJsonArray lines;
    for (const Lyrics::Line& line : lyrics.lines) {
        QJsonObject entry{{QStringLiteral("text"), line.text}};
        if (lyrics.synced)
            entry.insert(QStringLiteral("ms"), line.ms);
        lines.append(entry);
    }
    return {{QStringLiteral("path"), file},
            {QStringLiteral("source"), sourceName(lyrics.source)},
            {QStringLiteral("synced"), lyrics.synced},
            {QStringLiteral("lines"), lines}};
}

} // namespace

QString LyricsCommand::summary() const
{
    return QStringLiteral("Print a song's lyrics, from its tags or a .lrc file beside it, as the Lyrics tab "
                          "shows them.");
}

int LyricsCommand::run(CliContext& context) const
{
    const QStringList files = context.positional();
    if (files.size() != 1)
        throw UsageError("lyrics takes exactly one FILE");
    const QString file = QDir::cleanPath(QFileInfo(files.front()).absoluteFilePath());
    const FilePath path = exactArgument(file);
    struct stat status = {};
    if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode))
        throw std::runtime_error("no such file: " + path);
    const Lyrics lyrics = SongLyrics::of(path);
    if (context.json()) {
        context.printJson(lyricsJson(file, lyrics));
        return 0;
    }
    if (lyrics.isEmpty()) {
        context.out() << "No lyrics in the tags of " << file << " nor in a .lrc file beside it.\n";
        return 0;
    }
    for (const Lyrics::Line& line : lyrics.lines)
        context.out() << (lyrics.synced ? lrcTime(line.ms) : QString()) << line.text << '\n';
    return 0;
}

} // namespace soundalike::cli
