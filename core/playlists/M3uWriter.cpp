#include "core/playlists/M3uWriter.h"

#include "core/common/RawFile.h"
#include "core/common/RawPath.h"
#include "core/playlists/M3uLocation.h"

// Encoding: UTF-8 for .m3u as well as .m3u8. The legacy .m3u convention is "the system's 8-bit code page",
// which on Linux is UTF-8 anyway; a Windows code page could not hold Cyrillic or CJK titles and would mangle
// the names of files that hold them. Modern players (VLC, mpv, foobar2000, Rockbox, Android) read UTF-8
// .m3u. No BOM: many players would take it as part of the first line and miss #EXTM3U.

namespace soundalike {

namespace {

// Tag text goes on one line after a comma: control characters (line breaks above all) become spaces.
QString oneLine(const QString& text)
{
    QString clean = text;
    for (QChar& c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return clean.trimmed();
}

QString displayTitle(const PlaylistFileEntry& entry)
{
    const QString artist = oneLine(entry.artist);
    const QString title = oneLine(entry.title);
    if (artist.isEmpty() && title.isEmpty())
        return oneLine(displayPath(RawPath::baseName(entry.path)));
    if (artist.isEmpty())
        return title;
    return artist + QStringLiteral(" - ") + (title.isEmpty() ? QStringLiteral("?") : title);
}

bool hasLineBreak(const FilePath& path)
{
    return path.find_first_of("\r\n") != FilePath::npos;
}

// A name with a line break cannot be a line of a playlist as it is, but it can as a file URL (RFC 8089),
// whose percent-encoding VLC, mpv and our reader undo byte for byte, so a non-UTF-8 name survives too.
FilePath fileUrl(const FilePath& track)
{
    return "file://" + QByteArray::fromStdString(track).toPercentEncoding("/").toStdString();
}

// A relative location that a reader would take for a comment, a URL or a Windows drive, or whose leading
// white space (any that QByteArray::trimmed() removes, vertical tab and form feed too) a reader could trim,
// is written as "./location".
FilePath protectRelative(const FilePath& relative)
{
    const QByteArray bytes = QByteArray::fromStdString(relative);
    const M3uLocation parsed = M3uLocation::parse(bytes);
    const bool leadingSpace = !bytes.isEmpty() && bytes.left(1).trimmed().isEmpty();
    const bool ambiguous = bytes.startsWith('#') || leadingSpace ||
                           parsed.kind() != M3uLocation::Kind::Path || parsed.path() != relative;
    return ambiguous ? "./" + relative : relative;
}

} // namespace

FilePath M3uWriter::location(const FilePath& track, const FilePath& folder) const
{
    if (hasLineBreak(track))
        return fileUrl(track);
    const bool relative = m_style == M3uPathStyle::Relative ||
                          (m_style == M3uPathStyle::Auto && RawPath::isInside(track, folder));
    return relative ? protectRelative(RawPath::relative(track, folder)) : track;
}

QByteArray M3uWriter::render(const FilePath& playlistPath,
                             const std::vector<PlaylistFileEntry>& entries) const
{
    const FilePath folder = RawPath::parentFolder(RawPath::absoluteNormal(playlistPath));
    QByteArray bytes("#EXTM3U\n");
    for (const PlaylistFileEntry& entry : entries) {
        const FilePath track = RawPath::absoluteNormal(entry.path);
        const int seconds = entry.durationSeconds >= 0 ? entry.durationSeconds : -1;
        bytes += "#EXTINF:" + QByteArray::number(seconds) + ',' + displayTitle(entry).toUtf8() + '\n';
        bytes += QByteArray::fromStdString(location(track, folder)) + '\n';
    }
    return bytes;
}

void M3uWriter::write(const FilePath& playlistPath, const std::vector<PlaylistFileEntry>& entries) const
{
    RawFile::writeAtomically(playlistPath, render(playlistPath, entries));
}

} // namespace soundalike
