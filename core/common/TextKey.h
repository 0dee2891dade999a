#pragma once

#include <QString>

#include <algorithm>

namespace soundalike {

// The form in which text is compared for matching: case-folded (Unicode, not just ASCII) and trimmed.
inline QString matchKey(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

// The form in which text is searched and sorted, by the window's filter boxes and the command line alike:
// case and accents folded, and compatibility forms (full-width letters) made plain, so "Björk", "BJORK" and
// "ｂｊｏｒｋ" are one word to a search and sort together, as in other players, and a name stored decomposed
// (NFD, as files from macOS often are) finds what is typed composed. Most names are ASCII and skip the
// normalisation.
inline QString searchKey(QString text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        text = text.normalized(QString::NormalizationForm_KD);
        // Only the combining accents of Latin, Greek and Cyrillic letters: other scripts' marks (Japanese
        // dakuten, Indic vowel signs) tell words apart.
        text.removeIf([](QChar c) { return c.unicode() >= 0x0300 && c.unicode() <= 0x036f; });
    }
    return std::move(text).toCaseFolded();
}

} // namespace soundalike
