#include "core/library/LyricsReader.h"

#include "core/common/LegacyText.h"
#include "core/common/RawPath.h"
#include "core/library/LrcParser.h"
#include "core/library/SidecarFile.h"
#include "core/library/TagLibFile.h"

#include <QString>

#include <algorithm>

#include <taglib/id3v2tag.h>
#include <taglib/synchronizedlyricsframe.h>
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

QString textOf(const TagLib::String& text)
{
    return QString::fromStdString(text.to8Bit(true));
}

// TagLib names the lyrics of every format LYRICS (an ID3v2 USLT frame with a description: LYRICS:<it>);
// foobar2000 and Mp3tag write UNSYNCEDLYRICS into Xiph comments.
QString lyricsProperty(const TagLib::PropertyMap& properties)
{
    QString described;
    for (const auto& [key, values] : properties) {
        if (values.isEmpty() || values.front().isEmpty())
            continue;
        const QString value = textOf(values.front());
        if (key == "LYRICS" || key == "UNSYNCEDLYRICS")
            return value;
        if (described.isEmpty() && key.startsWith("LYRICS:"))
            described = value;
    }
    return described;
}

bool startsLine(const QString& text)
{
    return text.startsWith(QLatin1Char('\n')) || text.startsWith(QLatin1Char('\r'));
}

// A SYLT frame's (time, text) pairs. Most writers (MusicBee, Mp3tag) give one line per pair; karaoke
// writers give one syllable per pair and start each line's first with a line break, as the ID3v2 standard's
// own example does. Either way a pair without words keeps its time: a pause between verses. None when no
// pair has words.
Lyrics linesOf(const TagLib::ID3v2::SynchronizedLyricsFrame::SynchedTextList& pairs)
{
    std::vector<Lyrics::Line> pieces;
    for (const auto& pair : pairs)
        pieces.push_back({qint64(pair.time), textOf(pair.text)});
    const bool karaoke =
        std::any_of(pieces.begin(), pieces.end(), [](const auto& piece) { return startsLine(piece.text); });
    Lyrics lyrics;
    for (auto& piece : pieces) {
        if (karaoke && !lyrics.lines.empty() && !startsLine(piece.text))
            lyrics.lines.back().text += piece.text;
        else
            lyrics.lines.push_back(std::move(piece));
    }
    bool words = false;
    for (auto& line : lyrics.lines) {
        line.text = line.text.trimmed();
        words = words || !line.text.isEmpty();
    }
    if (!words)
        return {};
    std::stable_sort(lyrics.lines.begin(), lyrics.lines.end(),
                     [](const auto& a, const auto& b) { return a.ms < b.ms; });
    lyrics.synced = true;
    lyrics.source = Lyrics::Source::Tags;
    return lyrics;
}

// ID3v2's own synced lyrics (SYLT), in milliseconds. Times in MPEG frames, which hardly any writer uses,
// would need the stream's frame length, and events, chords and the like are no lyrics: both are passed over.
Lyrics syncedFrameOf(const TagLib::ID3v2::Tag* tag)
{
    using Frame = TagLib::ID3v2::SynchronizedLyricsFrame;
    if (!tag)
        return {};
    for (const TagLib::ID3v2::Frame* frame : tag->frameListMap()["SYLT"]) {
        const auto* sylt = dynamic_cast<const Frame*>(frame);
        if (!sylt || sylt->timestampFormat() != Frame::AbsoluteMilliseconds ||
            sylt->type() > Frame::TextTranscription)
            continue;
        if (Lyrics lyrics = linesOf(sylt->synchedText()); !lyrics.isEmpty())
            return lyrics;
    }
    return {};
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
    Lyrics lyrics = parsed(lyricsProperty(opened.file()->properties()), Lyrics::Source::Tags);
    if (lyrics.synced)
        return lyrics;
    Lyrics frame = syncedFrameOf(TagLibFile::id3v2Of(opened.file()));
    return frame.isEmpty() ? lyrics : frame;
}

Lyrics LyricsReader::beside(const FilePath& trackPath)
{
    const FilePath base = RawPath::baseName(trackPath);
    const QByteArray bytes = SidecarFile::read(
        trackPath, [&](const FilePath& name) { return isLrcOf(name, base) ? 0 : -1; }, kMaxLrcBytes);
    return parsed(LegacyText::decodeFile(bytes), Lyrics::Source::Sidecar);
}

} // namespace soundalike
