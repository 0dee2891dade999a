#include "core/service/PlaylistFiles.h"
#include "core/service/TrackArgument.h"

#include "core/common/DurationText.h"
#include "core/common/RawPath.h"
#include "core/library/TagReader.h"
#include "core/service/LibraryQueries.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <stdexcept>
#include <sys/stat.h>

namespace soundalike {

namespace {

// A file the library does not hold, read as the scan would: by its content, with the problem when it is no
// track.
TagReader::Result outsideTags(const FilePath& path)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return {std::nullopt, Reason(QT_TRANSLATE_NOOP("Reason", "not a file"))};
    return TagReader::read(path, {std::int64_t(st.st_size), 0});
}

} // namespace

std::vector<FilePath> PlaylistFiles::Read::paths() const
{
    std::vector<FilePath> paths;
    for (const Entry& e : entries)
        paths.push_back(e.entry.path);
    return paths;
}

QStringList PlaylistFiles::Read::problems() const
{
    QStringList lines;
    for (const M3uMissingEntry& m : missing)
        lines << QCoreApplication::translate("PlaylistFiles", "line %1: %2 (%3)")
                     .arg(m.line)
                     .arg(m.location, m.reason);
    return lines;
}

PlaylistFiles::PlaylistFiles(QString databasePath)
    : m_library(std::make_unique<LibraryQueries>(std::move(databasePath)))
{}

PlaylistFiles::~PlaylistFiles() = default;

bool PlaylistFiles::isPlaylistName(const FilePath& path)
{
    const QString name = displayPath(path).toLower();
    return name.endsWith(QLatin1String(".m3u")) || name.endsWith(QLatin1String(".m3u8"));
}

void PlaylistFiles::write(const FilePath& playlist, const std::vector<PlaylistFileEntry>& entries,
                          M3uPathStyle style)
{
    M3uWriter(style).write(playlist, entries);
}

void PlaylistFiles::write(const FilePath& playlist, const std::vector<Track>& tracks, M3uPathStyle style)
{
    std::vector<PlaylistFileEntry> entries;
    for (const Track& track : tracks)
        entries.push_back(PlaylistFileEntry::fromTrack(track));
    write(playlist, entries, style);
}

PlaylistFileEntry PlaylistFiles::entryFor(const FilePath& argument)
{
    if (TrackArgument::isId(argument)) {
        const std::optional<Track> track = m_library->track(std::stoll(argument));
        if (!track)
            throw std::runtime_error("no track with id " + argument + " in the library");
        return PlaylistFileEntry::fromTrack(*track);
    }
    const FilePath path = RawPath::absoluteNormal(argument);
    if (const std::optional<Track> track = libraryTrack(path))
        return PlaylistFileEntry::fromTrack(*track);
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0)
        throw std::runtime_error("no such file and not a track id: " + displayPath(argument).toStdString());
    if (S_ISDIR(st.st_mode))
        throw std::runtime_error(displayPath(argument).toStdString() + " is a folder, not a track");
    // A file outside the library still goes into the playlist, with whatever its tags say, if it is audio
    // the library could hold: a player given the playlist would stumble on a picture or a text file.
    const TagReader::Result tags = outsideTags(path);
    if (!tags.info)
        throw std::runtime_error(displayPath(argument).toStdString() +
                                 " is not a track: " + tags.problem.text().toStdString());
    PlaylistFileEntry entry = PlaylistFileEntry::fromTrack(*tags.info);
    entry.path = path;
    return entry;
}

PlaylistFiles::Read PlaylistFiles::read(const FilePath& playlist)
{
    const M3uReadResult result = M3uReader::read(playlist);
    Read read;
    read.missing = result.missing;
    for (const PlaylistFileEntry& entry : result.entries) {
        if (std::optional<Track> track = libraryTrack(entry.path)) {
            read.entries.push_back({entry, std::move(track), {}});
            continue;
        }
        // Listed as a song, a picture or a text file would be counted as one the library lacks.
        const TagReader::Result tags = outsideTags(entry.path);
        if (!tags.info) {
            read.missing.push_back(
                {entry.line, displayPath(entry.path),
                 QCoreApplication::translate("PlaylistFiles", "not a track: %1").arg(tags.problem.text()),
                 entry.artist, entry.title, entry.durationSeconds});
            continue;
        }
        read.entries.push_back({entry, std::nullopt, PlaylistFileEntry::fromTrack(*tags.info)});
    }
    // A song moved since the playlist was written (by the listener, or on another computer) is still found by
    // what its #EXTINF line says, where the library has a song of that artist, title and length.
    findByName(read);
    std::stable_sort(read.entries.begin(), read.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.entry.line < b.entry.line; });
    std::sort(read.missing.begin(), read.missing.end(),
              [](const M3uMissingEntry& a, const M3uMissingEntry& b) { return a.line < b.line; });
    return read;
}

namespace {

QString nameKey(const QString& artist, const QString& title)
{
    return artist.simplified().toCaseFolded() + QChar(0x1f) + title.simplified().toCaseFolded();
}

} // namespace

// Each missing entry whose #EXTINF names a known artist and a title becomes the first available library track
// (in library order) of that artist and title, within two seconds of its length when it gave one: copies of
// one recording are alike enough. The library is read once, however many entries are missing.
void PlaylistFiles::findByName(Read& read)
{
    const auto named = [](const M3uMissingEntry& m) {
        return !m.title.trimmed().isEmpty() && isKnownArtist(m.artist);
    };
    if (std::none_of(read.missing.begin(), read.missing.end(), named))
        return;
    TrackQuery available;
    available.availableOnly = true;
    std::vector<Track> tracks = m_library->tracks(available);
    QHash<QString, std::vector<const Track*>> byName;
    for (const Track& track : tracks)
        byName[nameKey(track.artist, track.title)].push_back(&track);
    // Takes the entry into the list when the library has it by name; else says why it does not.
    const auto found = [&](M3uMissingEntry& missing) {
        const std::vector<const Track*> sameName = byName.value(nameKey(missing.artist, missing.title));
        for (const Track* track : sameName) {
            if (missing.durationSeconds >= 0 &&
                std::abs(roundedSeconds(track->durationMs) - missing.durationSeconds) > 2)
                continue;
            read.entries.push_back(
                {{track->path, missing.durationSeconds, missing.artist, missing.title, missing.line},
                 *track,
                 {}});
            return true;
        }
        // The song is in the library under its name: its length is what kept it out, not the path (which
        // the reason named, "a Windows drive path", as if nothing else had been tried).
        if (!sameName.empty())
            missing.reason =
                QCoreApplication::translate(
                    "PlaylistFiles", "the library's “%1” is %2 long, the playlist's %3: another recording")
                    .arg(missing.title, durationText(sameName.front()->durationMs),
                         durationText(qint64(missing.durationSeconds) * 1000));
        return false;
    };
    std::vector<M3uMissingEntry> stillMissing;
    for (M3uMissingEntry& missing : read.missing) {
        if (!named(missing) || !found(missing))
            stillMissing.push_back(std::move(missing));
    }
    read.missing = std::move(stillMissing);
}

// The library track stored under `path`, or under the path its symlinks resolve to.
std::optional<Track> PlaylistFiles::libraryTrack(const FilePath& path)
{
    for (const FilePath& stored : TrackArgument::libraryPaths(path)) {
        if (std::optional<Track> track = m_library->trackByPath(stored))
            return track;
    }
    return std::nullopt;
}

} // namespace soundalike
