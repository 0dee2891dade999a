#include "core/playlists/M3uParser.h"

#include "core/common/Utf8.h"

#include <cmath>

namespace soundalike {

namespace {

struct ExtInf
{
    int durationSeconds = -1;
    QString artist;
    QString title;
};

QString decodeText(const QByteArray& bytes, LegacyText::CodePage page)
{
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : LegacyText::decode(bytes, page);
}

int parseDuration(const QByteArray& token)
{
    bool ok = false;
    const double seconds = token.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e7)
        return -1;
    return int(std::lround(seconds));
}

// "#EXTINF:<duration>[ key="value"...],<display title>"; the title may itself contain commas, and an
// attribute value may too, so the split is at the first comma outside quotes.
ExtInf parseExtInf(const QByteArray& body, LegacyText::CodePage page)
{
    qsizetype comma = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < body.size() && comma < 0; ++i) {
        if (body[i] == '"')
            quoted = !quoted;
        else if (body[i] == ',' && !quoted)
            comma = i;
    }
    const QByteArray head = comma < 0 ? body : body.left(comma);
    const qsizetype space = head.trimmed().indexOf(' ');
    ExtInf info;
    info.durationSeconds = parseDuration(space < 0 ? head.trimmed() : head.trimmed().left(space));
    const QString display = comma < 0 ? QString() : decodeText(body.mid(comma + 1), page).trimmed();
    const qsizetype dash = display.indexOf(QLatin1String(" - "));
    if (dash < 0) {
        info.title = display;
    } else {
        info.artist = display.left(dash).trimmed();
        info.title = display.mid(dash + 3).trimmed();
    }
    return info;
}

std::vector<QByteArray> splitLines(const QByteArray& bytes)
{
    std::vector<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n' && bytes[i] != '\r')
            continue;
        lines.push_back(bytes.mid(start, i - start));
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < bytes.size())
        lines.push_back(bytes.mid(start));
    return lines;
}

} // namespace

M3uDocument M3uParser::parse(const QByteArray& bytes)
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray text = bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes;
    M3uDocument document;
    document.isUtf8 = isValidUtf8(text);
    if (!document.isUtf8)
        document.codePage = LegacyText::guess(text);
    const std::vector<QByteArray> lines = splitLines(text);
    ExtInf pending;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith('#')) {
            if (trimmed.startsWith("#EXTM3U"))
                document.hasHeader = document.hasHeader || document.items.empty();
            else if (trimmed.startsWith("#EXTINF:"))
                pending = parseExtInf(trimmed.mid(8), document.codePage);
            continue;
        }
        M3uItem item;
        item.line = int(i) + 1;
        item.text = line;
        item.location = M3uLocation::parse(line);
        item.durationSeconds = pending.durationSeconds;
        item.artist = std::move(pending.artist);
        item.title = std::move(pending.title);
        document.items.push_back(std::move(item));
        pending = {};
    }
    return document;
}

} // namespace soundalike
