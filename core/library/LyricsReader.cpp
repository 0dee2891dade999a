#include "core/library/LyricsReader.h"

#include "core/common/LegacyText.h"
#include "core/common/RawFile.h"
#include "core/common/RawPath.h"
#include "core/library/LrcParser.h"
#include "core/library/TagLibFile.h"

#include <QString>

#include <dirent.h>

#include <taglib/tfile.h>
#include <taglib/tpropertymap.h>

namespace soundalike {

namespace {

// Lyrics run to a few kilobytes; a larger .lrc is not lyrics.
constexpr qint64 kMaxLrcBytes = 1024 * 1024;

Lyrics parsed(const QString& text, Lyrics::Source source)
{
    Lyrics lyrics = LrcParser::parse(text);
    lyrics.source = lyrics.isEmpty() ? Lyrics::Source::None : source;
    return lyrics;
}

// TagLib names the lyrics of every format LYRICS (an ID3v2 USLT frame with a description: LYRICS:<it>);
// foobar2000 and Mp3tag write UNSYNCEDLYRICS into Xiph comments.
QString lyricsProperty(const TagLib::PropertyMap& properties)
{
    QString described;
    for (const auto& [key, values] : properties) {
        if (values.isEmpty() || values.front().isEmpty())
            continue;
        const QString value = QString::fromStdString(values.front().to8Bit(true));
        if (key == "LYRICS" || key == "UNSYNCEDLYRICS")
            return value;
        if (described.isEmpty() && key.startsWith("LYRICS:"))
            described = value;
    }
    return described;
}

// `name` is `base` followed by ".lrc" in any case.
bool isLrcOf(const FilePath& name, const FilePath& base)
{
    if (name.size() != base.size() + 4 || name.compare(0, base.size(), base) != 0)
        return false;
    return QString::fromLatin1(name.substr(base.size())).toLower() == QLatin1String(".lrc");
}

} // namespace

Lyrics LyricsReader::read(const FilePath& trackPath)
{
    Lyrics tag = embedded(trackPath);
    if (tag.synced)
        return tag;
    Lyrics file = beside(trackPath);
    return file.synced || tag.isEmpty() ? file : tag;
}

Lyrics LyricsReader::embedded(const FilePath& trackPath)
{
    const TagLibFile opened = TagLibFile::open(trackPath, false);
    if (!opened.file() || !opened.file()->isValid())
        return {};
    return parsed(lyricsProperty(opened.file()->properties()), Lyrics::Source::Tags);
}

Lyrics LyricsReader::beside(const FilePath& trackPath)
{
    // The folder is listed rather than the name probed, so "Song.LRC" is found on a case-sensitive disk.
    const FilePath folder = RawPath::parentFolder(trackPath);
    const FilePath base = RawPath::baseName(trackPath);
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return {};
    FilePath found;
    while (const dirent* entry = ::readdir(dir)) {
        if (isLrcOf(entry->d_name, base)) {
            found = entry->d_name;
            break;
        }
    }
    ::closedir(dir);
    if (found.empty())
        return {};
    try {
        return parsed(LegacyText::decodeFile(RawFile::read(folder + '/' + found, kMaxLrcBytes)),
                      Lyrics::Source::Sidecar);
    } catch (const std::exception&) {
        return {}; // unreadable or too large: as with none
    }
}

} // namespace soundalike
