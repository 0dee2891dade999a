#include "core/playlists/M3uReader.h"

#include "core/common/RawFile.h"
#include "core/common/RawPath.h"
#include "core/common/Utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>
#include <sys/stat.h>

namespace soundalike {

namespace {

enum class Found
{
    File,
    NotAFile,
    Nothing
};

Found lookUp(const FilePath& path)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0)
        return Found::Nothing;
    return S_ISREG(st.st_mode) ? Found::File : Found::NotAFile;
}

// As the playlist's own player showed it: in its code page when it is not UTF-8.
QString locationText(const QByteArray& text, const M3uDocument& document)
{
    const QByteArray trimmed = text.trimmed();
    return document.isUtf8 || isValidUtf8(trimmed) ? displayPath(trimmed.toStdString())
                                                   : LegacyText::decode(trimmed, document.codePage);
}

} // namespace

M3uReadResult M3uReader::read(const FilePath& playlistPath)
{
    const QByteArray bytes = RawFile::read(playlistPath, kMaxBytes);
    // A playlist is text, which never holds a NUL byte; audio, images and archives do within their first
    // bytes. Read as lines, they would list thousands of junk "missing files".
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        throw std::runtime_error(QCoreApplication::translate("M3uReader",
                                                             "%1 is written in UTF-16, which Soundalike does "
                                                             "not read: save it as UTF-8 (.m3u8)")
                                     .arg(displayPath(playlistPath))
                                     .toStdString());
    if (bytes.contains('\0'))
        throw std::runtime_error(QCoreApplication::translate("M3uReader",
                                                             "%1 is not a playlist: it holds binary data, "
                                                             "not lines of text")
                                     .arg(displayPath(playlistPath))
                                     .toStdString());
    return resolve(M3uParser::parse(bytes), playlistPath);
}

M3uReadResult M3uReader::resolve(const M3uDocument& document, const FilePath& playlistPath)
{
    const FilePath folder = RawPath::parentFolder(RawPath::absoluteNormal(playlistPath));
    M3uReadResult result;
    for (const M3uItem& item : document.items) {
        const M3uLocation& location = item.location;
        const auto missing = [&](const QString& reason) {
            result.missing.push_back({item.line, locationText(item.text, document), reason, item.artist,
                                      item.title, item.durationSeconds});
        };
        if (location.kind() != M3uLocation::Kind::Path) {
            missing(location.reason());
            continue;
        }
        Found best = Found::Nothing;
        for (const FilePath& candidate : location.candidates(folder, !document.isUtf8)) {
            best = std::min(best, lookUp(candidate));
            if (best == Found::File) {
                result.entries.push_back(
                    {RawPath::normal(candidate), item.durationSeconds, item.artist, item.title, item.line});
                break;
            }
        }
        if (best == Found::NotAFile)
            missing(QCoreApplication::translate("M3uReader", "not a file"));
        else if (best == Found::Nothing)
            missing(location.reason());
    }
    return result;
}

} // namespace soundalike
