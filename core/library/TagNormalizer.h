#pragma once

#include "core/common/Track.h"

#include <QString>
#include <QStringList>

namespace soundalike {

// Turns raw tag text into the library's clean fields. Pure functions, so they can be tested and fuzzed alone.
class TagNormalizer
{
public:
    struct NumberPair
    {
        int number = 0;
        int total = 0;
    };

    // "Rock; Pop", "Rock/Pop", "Rock, Pop" and ID3v2.4 multi-values all become separate genres; trimmed,
    // empty ones dropped, duplicates (compared case-folded) removed, first spelling kept.
    static QStringList splitGenres(const QStringList& raw);
    // Several ARTIST values (Vorbis comments, MP4 atoms, ID3v2.4 multi-values) shown as one credit: each
    // cleaned, empty ones and repeats (compared case-folded) dropped, joined by ", ". A single value is never
    // split: "AC/DC" and "Simon & Garfunkel" are one artist each.
    static QString joinArtists(const QStringList& raw);
    // The first plausible four-digit year in "2001", "2001-05-03", "May 2001"; 0 when there is none.
    static int parseYear(const QString& text);
    // "3", "3/12", " 03 / 12 " → {3, 12}; garbage → {0, 0}.
    static NumberPair parseNumberPair(const QString& text);
    // Longer tag text is cut here: a 10 MB "title" would be stored, sent and laid out in full wherever the
    // title goes (one such row took the library view ten seconds to draw).
    static constexpr qsizetype kMaxTextLength = 1000;

    // Trimmed, with NULs and other C0 control characters (except tab) removed, lone surrogates replaced by
    // U+FFFD, and at most kMaxTextLength UTF-16 units long (never ending in half a surrogate pair).
    static QString cleanText(const QString& text);
    // The title to show when the tag has none: the file name without its extension.
    static QString titleFromPath(const FilePath& path);
};

} // namespace soundalike
