#pragma once

#include <QString>

namespace soundalike {

// Normalised names for telling whether two tracks are the same song or by the same artist, whatever the
// spelling, featured guests or version notes: "Song (2011 Remaster)" and "song - live" are both "song".
class SongKey
{
public:
    // Case-folded, featured artists ("feat.", "ft.", "featuring") dropped, punctuation removed.
    static QString artist(const QString& artist);
    // Case-folded, bracketed or dashed version notes (remaster, live, edit, mix, mono...) dropped.
    static QString title(const QString& title);
    static QString song(const QString& artist, const QString& title);
};

} // namespace soundalike
