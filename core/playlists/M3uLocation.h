#pragma once

#include "core/common/Track.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace soundalike {

// What one location line of an M3U file points at, decided from its text alone (no file system access),
// so that players' many spellings can be parsed, tested and fuzzed without files.
class M3uLocation
{
public:
    enum class Kind
    {
        Path,           // a local path, absolute or relative to the playlist's folder
        WindowsDrive,   // C:\Music\x.mp3 or file:///C:/Music/x.mp3: nothing to find on Linux
        WindowsNetwork, // \\server\share\x.mp3 or file://server/x.mp3
        RemoteUrl,      // http://..., smb://...: not a local file
    };

    static M3uLocation parse(const QByteArray& text);

    Kind kind() const { return m_kind; }
    // For Kind::Path: the path's bytes (percent-decoded when the line was a file:// URL).
    const FilePath& path() const { return m_path; }
    // Why a location of another kind cannot be played from this computer.
    QString reason() const;
    // The paths to look for, most likely first: as written, without surrounding blanks, with Windows '\'
    // separators as '/', and (for playlists that are not UTF-8) names in Windows code pages (LegacyText)
    // re-encoded as UTF-8. Relative paths are joined to `folder`.
    std::vector<FilePath> candidates(const FilePath& folder, bool codePageFallback) const;

private:
    static M3uLocation fromFileUrl(const QByteArray& rest);

    Kind m_kind = Kind::Path;
    FilePath m_path;
};

} // namespace soundalike
