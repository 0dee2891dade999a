#pragma once

#include <QByteArray>
#include <QString>

namespace soundalike {

// The text of a playlist that is not UTF-8, written in a Windows code page by an old player (Winamp,
// foobar2000's .m3u, AIMP). Which one the file does not say. Cyrillic (windows-1251, the Russian lists this
// app's users have) is told from Western (windows-1252, read as Latin-1) by its words: a Russian word is made
// of 8-bit bytes only, where a French or German one has an accented letter among ASCII letters.
class LegacyText
{
public:
    enum class CodePage
    {
        Western,
        Cyrillic,
    };

    [[nodiscard]] static CodePage guess(const QByteArray& text);
    // A byte that has no character in the code page becomes U+FFFD.
    [[nodiscard]] static QString decode(const QByteArray& bytes, CodePage page);
    // A whole text file whose encoding nothing states (a .lrc, a .cue): UTF-8 or UTF-16 when a byte-order
    // mark says so, UTF-8 when it is valid UTF-8, else the code page guess() finds.
    [[nodiscard]] static QString decodeFile(const QByteArray& bytes);
};

} // namespace soundalike
