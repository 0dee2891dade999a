#pragma once

#include "core/common/LegacyText.h"
#include "core/playlists/M3uLocation.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace soundalike {

// One location line of an M3U file with what the #EXTINF line before it said.
struct M3uItem
{
    int line = 0; // 1-based
    QByteArray text;
    M3uLocation location;
    int durationSeconds = -1;
    QString artist;
    QString title;
};

struct M3uDocument
{
    bool hasHeader = false;
    bool isUtf8 = true; // false when some bytes are not valid UTF-8 (an old player's code page, or raw names)
    // What the #EXTINF titles were read as when they are not UTF-8.
    LegacyText::CodePage codePage = LegacyText::CodePage::Western;
    std::vector<M3uItem> items;
};

// Parses the bytes of an M3U or M3U8 file as players write them: with or without #EXTM3U or a UTF-8 BOM,
// LF, CRLF or CR line ends, blank lines, comments and other directives, #EXTINF with or without a title or
// attributes. Never touches the file system and accepts any bytes, so it can be fuzzed.
class M3uParser
{
public:
    static M3uDocument parse(const QByteArray& bytes);
};

} // namespace soundalike
