#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace soundalike {

// The words of a song, as its tags or a .lrc file beside it give them. Synced lyrics carry the time each line
// is sung (LRC's [mm:ss.xx]), sorted by it; plain lyrics are lines without times.
struct Lyrics
{
    struct Line
    {
        qint64 ms = -1; // when the line is sung; -1 in plain lyrics
        QString text;   // may be empty: a pause between verses
    };

    enum class Source
    {
        None,
        Tags,   // the file's own lyrics tag (ID3v2 USLT or SYLT, a LYRICS comment, MP4 ©lyr)
        Sidecar // a .lrc file of the same name beside it
    };

    std::vector<Line> lines;
    bool synced = false;
    Source source = Source::None;

    [[nodiscard]] bool isEmpty() const { return lines.empty(); }
    // The line being sung at `ms` (the last line that started at or before it); -1 before the first, or
    // when the lyrics are not synced.
    [[nodiscard]] int lineAt(qint64 ms) const;
};

} // namespace soundalike
