#include "core/library/LrcParser.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace soundalike {

namespace {

// No song needs its lyrics moved by more than an hour; a larger [offset:] is junk, and bounding it keeps the
// arithmetic on times from overflowing.
constexpr qint64 kMaxOffsetMs = 3600 * 1000;

const QStringList kMetadataKeys = {QStringLiteral("ar"),     QStringLiteral("ti"),     QStringLiteral("al"),
                                   QStringLiteral("au"),     QStringLiteral("by"),     QStringLiteral("re"),
                                   QStringLiteral("ve"),     QStringLiteral("length"), QStringLiteral("tool"),
                                   QStringLiteral("offset"), QStringLiteral("#"),      QStringLiteral("la")};

// [mm:ss], [mm:ss.x], [mm:ss.xx], [mm:ss.xxx], with ':' also accepted before the fraction.
std::optional<qint64> timeTag(const QString& tag)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?$)"));
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 seconds = match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    fraction = fraction.leftJustified(3, QLatin1Char('0'));
    return seconds * 1000 + fraction.toLongLong();
}

// The key of a metadata tag ("ar" of "[ar:Someone]"), empty when `tag` is none.
QString metadataKey(const QString& tag)
{
    const int colon = tag.indexOf(QLatin1Char(':'));
    const QString key = colon > 0 ? tag.left(colon).trimmed().toLower() : QString();
    return kMetadataKeys.contains(key) ? key : QString();
}

struct ParsedLine
{
    std::vector<qint64> times;
    bool metadata = false;
    QString text;
};

ParsedLine parseLine(const QString& line, qint64& offset)
{
    ParsedLine parsed;
    int at = 0;
    while (at < line.size() && line[at] == QLatin1Char('[')) {
        const int close = line.indexOf(QLatin1Char(']'), at);
        if (close < 0)
            break;
        const QString tag = line.mid(at + 1, close - at - 1).trimmed();
        if (const auto ms = timeTag(tag)) {
            parsed.times.push_back(*ms);
        } else if (const QString key = metadataKey(tag); !key.isEmpty()) {
            parsed.metadata = true;
            if (key == QLatin1String("offset"))
                offset = std::clamp<qint64>(tag.mid(tag.indexOf(QLatin1Char(':')) + 1).trimmed().toLongLong(),
                                            -kMaxOffsetMs, kMaxOffsetMs);
        } else {
            break; // a "[Chorus]" heading: part of the text
        }
        at = close + 1;
    }
    static const QRegularExpression wordTimes(QStringLiteral(R"(<\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?>)"));
    parsed.text = line.mid(at).remove(wordTimes).trimmed();
    return parsed;
}

void trimEmptyEnds(std::vector<Lyrics::Line>& lines)
{
    while (!lines.empty() && lines.back().text.isEmpty())
        lines.pop_back();
    const auto first =
        std::find_if(lines.begin(), lines.end(), [](const auto& l) { return !l.text.isEmpty(); });
    lines.erase(lines.begin(), first);
}

} // namespace

Lyrics LrcParser::parse(const QString& text)
{
    qint64 offset = 0;
    std::vector<ParsedLine> parsed;
    bool synced = false;
    QString unix = text;
    unix.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString& line : unix.split(QLatin1Char('\n'))) {
        parsed.push_back(parseLine(line.trimmed(), offset));
        synced = synced || !parsed.back().times.empty();
    }
    Lyrics lyrics;
    lyrics.synced = synced;
    for (const ParsedLine& line : parsed) {
        if (!synced) {
            if (!line.metadata)
                lyrics.lines.push_back({-1, line.text});
            continue;
        }
        for (const qint64 ms : line.times)
            lyrics.lines.push_back({std::max<qint64>(0, ms - offset), line.text});
    }
    if (synced) {
        std::stable_sort(lyrics.lines.begin(), lyrics.lines.end(),
                         [](const auto& a, const auto& b) { return a.ms < b.ms; });
        // A synced file's trailing "[03:58.00]" with no words marks the end of the singing: keep it, so the
        // last line is not shown as sung through the outro. Only plain text loses its empty ends.
        if (std::all_of(lyrics.lines.begin(), lyrics.lines.end(),
                        [](const auto& l) { return l.text.isEmpty(); }))
            lyrics.lines.clear();
    } else {
        trimEmptyEnds(lyrics.lines);
    }
    return lyrics;
}

} // namespace soundalike
