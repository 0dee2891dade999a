#include "core/library/GenreTable.h"

#include "core/common/TextKey.h"

#include <QFile>
#include <QRegularExpression>

#include <taglib/id3v1genres.h>

#include <stdexcept>

namespace soundalike {

namespace {

// Words of a name in comparison form: accents and case dropped, split at anything not a letter or digit.
QStringList keyWords(const QString& name)
{
    QString text = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    text.replace(QLatin1Char('&'), QStringLiteral(" and "))
        .replace(QLatin1Char('+'), QStringLiteral(" and "));
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << (word == QLatin1String("n") ? QStringLiteral("and") : word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c);
        else if (c.category() != QChar::Mark_NonSpacing) // a decomposed accent stays inside its word
            flush();
    }
    flush();
    return words;
}

// ID3v1 numeric genres as tags carry them: "17", "(17)", or ID3v2.3's "(17)Rock" refinement.
QString fromNumericCode(const QString& tag)
{
    static const QRegularExpression code(QStringLiteral("^\\s*\\(?\\s*(\\d{1,3})\\s*\\)?\\s*(.*)$"));
    const auto match = code.match(tag);
    if (!match.hasMatch())
        return tag;
    const QString rest = match.captured(2).trimmed();
    if (!rest.isEmpty() && tag.trimmed().startsWith(QLatin1Char('(')))
        return rest;
    if (!rest.isEmpty())
        return tag; // "2 Tone", "808 State": a name that starts with digits
    return QString::fromStdWString(TagLib::ID3v1::genre(match.captured(1).toInt()).toWString());
}

bool looksLikeJunk(const QString& tag, const QStringList& words)
{
    static const QRegularExpression address(QStringLiteral("(https?://|www\\.|\\.(com|net|org|ru|de)\\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const bool noLetters = std::none_of(tag.begin(), tag.end(), [](QChar c) { return c.isLetter(); });
    return words.isEmpty() || noLetters || address.match(tag).hasMatch();
}

GenreInfo::Kind kindNamed(const QString& name, int number)
{
    if (name == QLatin1String("style"))
        return GenreInfo::Kind::Style;
    if (name == QLatin1String("use"))
        return GenreInfo::Kind::Use;
    if (name == QLatin1String("junk"))
        return GenreInfo::Kind::Junk;
    throw std::invalid_argument("genre table line " + std::to_string(number) + ": unknown kind");
}

} // namespace

const GenreTable& GenreTable::builtIn()
{
    static const GenreTable table = [] {
        QFile file(QStringLiteral(":/soundalike/genres/genres.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::logic_error("the built-in genre table is missing");
        return GenreTable(QString::fromUtf8(file.readAll()));
    }();
    return table;
}

GenreTable::GenreTable(const QString& tsv)
{
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty() && !lines[i].startsWith(QLatin1Char('#')))
            addRow(lines[i], i + 1);
    }
}

void GenreTable::addRow(const QString& line, int number)
{
    const QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() < 3 || fields[1].trimmed().isEmpty() || fields[2].trimmed().isEmpty())
        throw std::invalid_argument("genre table line " + std::to_string(number) +
                                    ": need kind, family, genre and aliases");
    const Row row{fields[2].trimmed(), fields[1].trimmed(), kindNamed(fields[0].trimmed(), number)};
    const int index = int(m_rows.size());
    m_rows.push_back(row);
    if (row.kind != GenreInfo::Kind::Junk && !m_families.contains(row.family))
        m_families << row.family;
    addName(row.genre, index, number);
    for (const QString& alias : fields.value(3).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        addName(alias, index, number);
}

void GenreTable::addName(const QString& name, int row, int number)
{
    const QString k = key(name);
    if (k.isEmpty())
        throw std::invalid_argument("genre table line " + std::to_string(number) + ": empty name");
    const auto existing = m_rowByKey.constFind(k);
    if (existing != m_rowByKey.cend() && *existing != row)
        throw std::invalid_argument("genre table line " + std::to_string(number) + ": \"" +
                                    name.toStdString() + "\" is already listed");
    m_rowByKey.insert(k, row);
}

bool GenreTable::takesIn(const QString& wanted, const QString& tag) const
{
    const QString words = QChar(u' ') + matchKey(wanted) + QChar(u' ');
    if ((QChar(u' ') + matchKey(tag) + QChar(u' ')).contains(words))
        return true;
    const GenreInfo want = lookup(wanted);
    if (!want.known || want.kind == GenreInfo::Kind::Junk)
        return false;
    const GenreInfo info = lookup(tag);
    return info.kind == want.kind &&
           (want.genre == want.family ? info.family == want.family : info.genre == want.genre);
}

QString GenreTable::key(const QString& name)
{
    return keyWords(name).join(QString());
}

GenreInfo GenreTable::fromRow(int row) const
{
    const Row& r = m_rows[std::size_t(row)];
    if (r.kind == GenreInfo::Kind::Junk)
        return {QString(), QString(), r.kind, true};
    return {r.genre, r.family, r.kind, true};
}

// The row of the longest trailing run of words that the table knows: the last words of an English
// compound name its kind ("Melodic Death Metal" is Death Metal, "Swedish Folk" is Folk).
int GenreTable::rowOfWords(const QStringList& words) const
{
    for (qsizetype start = 0; start < words.size(); ++start) {
        const auto it = m_rowByKey.constFind(words.mid(start).join(QString()));
        // "Christian Music" is not junk for ending in "music": only a whole name can be junk.
        if (it != m_rowByKey.cend() && (start == 0 || m_rows[std::size_t(*it)].kind != GenreInfo::Kind::Junk))
            return *it;
    }
    return -1;
}

GenreInfo GenreTable::lookup(const QString& tag) const
{
    const QString name = fromNumericCode(tag.trimmed());
    const QStringList words = keyWords(name);
    if (looksLikeJunk(name, words))
        return {QString(), QString(), GenreInfo::Kind::Junk, false};
    if (const int row = rowOfWords(words); row >= 0)
        return fromRow(row);
    // Unknown to the table: the tag is its own genre and family, so a library's own vocabulary still
    // teaches when enough tracks share it.
    const QString own = name.simplified();
    return {own, own, GenreInfo::Kind::Style, false};
}

} // namespace soundalike
