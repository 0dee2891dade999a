#include "core/service/PlaylistFiles.h"

#include "core/playlists/M3uReader.h"
#include "core/playlists/M3uWriter.h"

#include <QCoreApplication>

namespace soundalike {

QString PlaylistFiles::save(const QString& file, const std::vector<PlaylistEntry>& entries, Paths paths)
{
    std::vector<PlaylistFileEntry> lines;
    for (const PlaylistEntry& entry : entries)
        lines.push_back(PlaylistFileEntry::fromTrack(entry.track));
    try {
        M3uWriter(paths == Paths::Absolute ? M3uPathStyle::Absolute : M3uPathStyle::Auto)
            .write(toFilePath(file), lines);
        return {};
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

PlaylistFiles::Loaded PlaylistFiles::load(const QString& file)
{
    Loaded loaded;
    try {
        const M3uReadResult result = M3uReader::read(toFilePath(file));
        for (const PlaylistFileEntry& entry : result.entries)
            loaded.trackPaths << displayPath(entry.path);
        for (const M3uMissingEntry& missing : result.missing)
            loaded.problems << QCoreApplication::translate("PlaylistFiles", "line %1: %2 (%3)")
                                   .arg(missing.line)
                                   .arg(missing.location, missing.reason);
    } catch (const std::exception& e) {
        loaded.error = QString::fromStdString(e.what());
    }
    return loaded;
}

} // namespace soundalike
