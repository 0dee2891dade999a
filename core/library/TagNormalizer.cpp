#include "core/library/TagNormalizer.h"

#include "core/common/TextKey.h"

#include <QRegularExpression>
#include <QSet>

namespace soundalike {

namespace {

bool isGenreSeparator(QChar c)
{
    return QStringView(u";/,|\\").contains(c);
}

// Split by hand, not by a regular expression: PCRE matches nothing in text with a lone surrogate, so a broken
// UTF-16 tag would stay one genre until cleaning mended it, and splitting would not be idempotent.
QStringList splitAtSeparators(const QString& value)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || isGenreSeparator(value[i])) {
            parts << value.mid(start, i - start);
            start = i + 1;
        }
    }
    return parts;
}

// A lone surrogate (a broken UTF-16 frame) becomes U+FFFD, so what is kept equals what UTF-8 storage gives
// back.
void replaceLoneSurrogates(QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
}

} // namespace

QStringList TagNormalizer::splitGenres(const QStringList& raw)
{
    QStringList genres;
    QSet<QString> keys;
    for (const QString& value : raw) {
        for (const QString& part : splitAtSeparators(value)) {
            const QString genre = cleanText(part);
            if (genre.isEmpty())
                continue;
            const QString key = matchKey(genre);
            if (!keys.contains(key)) {
                keys.insert(key);
                genres << genre;
            }
        }
    }
    return genres;
}

QString TagNormalizer::joinArtists(const QStringList& raw)
{
    QStringList artists;
    for (const QString& value : raw) {
        const QString artist = cleanText(value);
        if (!artist.isEmpty() && !artists.contains(artist, Qt::CaseInsensitive))
            artists << artist;
    }
    return cleanText(artists.join(QStringLiteral(", ")));
}

int TagNormalizer::parseYear(const QString& text)
{
    static const QRegularExpression fourDigits(QStringLiteral("(?<!\\d)(\\d{4})(?!\\d)"));
    auto matches = fourDigits.globalMatch(text);
    while (matches.hasNext()) {
        const int year = matches.next().captured(1).toInt();
        if (year >= 1000 && year <= 2999)
            return year;
    }
    return 0;
}

TagNormalizer::NumberPair TagNormalizer::parseNumberPair(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    const auto number = [](const QString& part) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        return ok && value > 0 && value < 100000 ? value : 0;
    };
    NumberPair pair;
    pair.number = number(parts.value(0));
    if (parts.size() == 2)
        pair.total = number(parts.value(1));
    return pair;
}

QString TagNormalizer::cleanText(const QString& text)
{
    QString clean;
    clean.reserve(std::min<qsizetype>(text.size(), kMaxTextLength + 1));
    for (const QChar c : text) {
        if (clean.size() > kMaxTextLength)
            break;
        const bool control = c.unicode() < 0x20 && c != QLatin1Char('\t');
        // Leading blanks do not count against the limit: trimming drops them anyway.
        if (!control && !(clean.isEmpty() && c.isSpace()))
            clean.append(c);
    }
    replaceLoneSurrogates(clean);
    if (clean.size() > kMaxTextLength)
        clean.truncate(clean[kMaxTextLength - 1].isHighSurrogate() ? kMaxTextLength - 1 : kMaxTextLength);
    // Trimmed after the cut, which can leave a blank at the end.
    return clean.trimmed();
}

QString TagNormalizer::titleFromPath(const FilePath& path)
{
    const auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (const auto dot = name.find_last_of('.'); dot != std::string::npos && dot > 0)
        name.resize(dot);
    return cleanText(displayPath(name));
}

} // namespace soundalike
