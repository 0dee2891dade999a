#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike {

// What a genre tag says, after normalisation.
struct GenreInfo
{
    enum class Kind
    {
        Style, // how the music sounds: a training label
        Use,   // where it is used or who it is for (Soundtrack, Game, Christmas): shown, never a label
        Junk   // says nothing (Other, Unknown, a URL, an empty string): like no tag
    };

    QString genre;  // canonical name ("Thrash Metal"); equals `family` for a family-level tag
    QString family; // canonical family ("Metal")
    Kind kind = Kind::Junk;
    bool known = false; // found in the table (by name or by its trailing words); else the tag's own text

    bool isStyle() const { return kind == Kind::Style; }
    // Whether the tag names something below its family, which can teach at the genre level.
    bool isSubGenre() const { return isStyle() && genre != family; }
};

// The canonical genre table (resources/genres/genres.tsv, compiled in): genre tags as people write them
// ("Hip-Hop", "hiphop", "(7)", "Drum'n'Bass", "Melodic Death Metal") mapped to a canonical genre and its
// family, so a library that says one thing four ways teaches one style. Thread-safe after construction.
class GenreTable
{
public:
    // The table built into the program.
    static const GenreTable& builtIn();
    // Parses the table format; throws std::invalid_argument naming the line of a malformed or duplicate row.
    explicit GenreTable(const QString& tsv);

    // One tag value (already split from a multi-value field; see TagNormalizer::splitGenres).
    GenreInfo lookup(const QString& tag) const;
    // Whether a genre filter for `wanted` takes in a track tagged `tag`: one rule for `--genre` in every
    // command (the window's filter box goes by the words it adds for each tag). The whole words of `wanted`
    // within the tag ("metal" takes in "Heavy Metal"), or the tag within the family `wanted` names
    // ("electronic" takes in "Techno", "folk" takes in "Фолк") or a spelling of the genre it names ("thrash"
    // and "Speed Metal").
    [[nodiscard]] bool takesIn(const QString& wanted, const QString& tag) const;
    // The comparison key: case, accents, spaces and punctuation removed, "&", "+" and a lone "n" as "and".
    static QString key(const QString& name);
    // Canonical family names, in table order.
    const QStringList& families() const { return m_families; }

private:
    struct Row
    {
        QString genre;
        QString family;
        GenreInfo::Kind kind;
    };

    void addRow(const QString& line, int number);
    void addName(const QString& name, int row, int number);
    GenreInfo fromRow(int row) const;
    int rowOfWords(const QStringList& words) const;

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QStringList m_families;
};

} // namespace soundalike
