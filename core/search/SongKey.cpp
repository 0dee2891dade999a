#include "core/search/SongKey.h"

#include "core/common/TextKey.h"

#include <QRegularExpression>

namespace soundalike {

namespace {

// Letters and digits only, single spaces: "AC/DC" and "ac-dc" meet as "ac dc".
QString simplified(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += c.isLetterOrNumber() ? c : QChar(u' ');
    return out.simplified();
}

const QRegularExpression& featuring()
{
    static const QRegularExpression re(QStringLiteral(R"(\s*[\(\[]?\b(feat\.?|ft\.|featuring)\s.*$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A trailing "(...)", "[...]" or " - ..." that names a version of the song rather than another song.
const QRegularExpression& versionNote()
{
    static const QRegularExpression re(
        QStringLiteral(R"((\s*[\(\[][^\(\)\[\]]*\b(%1)\b[^\(\)\[\]]*[\)\]]|\s+-\s+[^-]*\b(%1)\b.*)$)")
            .arg(QStringLiteral("remaster|remastered|live|mono|stereo|version|edit|mix|remix|demo|acoustic|"
                                "deluxe|bonus|explicit|clean|single|radio|extended|unplugged|session|"
                                "take|feat|ft|featuring")),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Most names have no brackets, dashes or guests: skip the regular expressions for them (a million tracks).
bool mayHaveNotes(const QString& key)
{
    return key.contains(u'(') || key.contains(u'[') || key.contains(QLatin1String(" - ")) ||
           key.contains(QLatin1String("feat")) || key.contains(QLatin1String("ft."));
}

} // namespace

QString SongKey::artist(const QString& artist)
{
    QString key = matchKey(artist);
    if (mayHaveNotes(key))
        key.remove(featuring());
    return simplified(key);
}

QString SongKey::title(const QString& title)
{
    QString key = matchKey(title);
    if (!mayHaveNotes(key))
        return simplified(key);
    // Notes can stack: "Song (Live) [2011 Remaster]".
    for (int i = 0; i < 4; ++i) {
        const qsizetype before = key.size();
        key.remove(versionNote());
        key.remove(featuring());
        if (key.size() == before)
            break;
    }
    const QString simple = simplified(key);
    // A title that is nothing but a note ("(Live)") keeps its words rather than becoming empty.
    return simple.isEmpty() ? simplified(matchKey(title)) : simple;
}

QString SongKey::song(const QString& artist, const QString& title)
{
    return SongKey::artist(artist) + QChar(u'\x1f') + SongKey::title(title);
}

} // namespace soundalike
