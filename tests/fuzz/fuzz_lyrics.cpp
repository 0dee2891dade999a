// Fuzzes lyrics as they come from beside a song (core/library, core/common): any bytes decoded as a .lrc of
// unknown encoding, then parsed as LRC or plain lyrics.
#include "core/common/LegacyText.h"
#include "core/library/LrcParser.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace soundalike;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Lyrics lyrics = LrcParser::parse(LegacyText::decodeFile(bytes));
    qint64 previous = 0;
    for (std::size_t i = 0; i < lyrics.lines.size(); ++i) {
        const Lyrics::Line& line = lyrics.lines[i];
        FUZZ_CHECK(!line.text.contains(QLatin1Char('\n')) && !line.text.contains(QLatin1Char('\r')));
        if (!lyrics.synced) {
            FUZZ_CHECK(line.ms == -1);
            continue;
        }
        // In time order, never before the start, and the line sung at its own time is it or one at the same
        // time.
        FUZZ_CHECK(line.ms >= previous);
        previous = line.ms;
        const int at = lyrics.lineAt(line.ms);
        FUZZ_CHECK(at >= int(i) && lyrics.lines[std::size_t(at)].ms == line.ms);
    }
    FUZZ_CHECK(lyrics.lineAt(-1) == -1);
    return 0;
}
