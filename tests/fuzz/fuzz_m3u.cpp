// Fuzzes the M3U/M3U8 reader (core/playlists): parsing any bytes, resolving the entries against a folder, and
// the writer/reader round trip of the paths it found.
#include "core/common/RawPath.h"
#include "core/playlists/M3uParser.h"
#include "core/playlists/M3uReader.h"
#include "core/playlists/M3uWriter.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace soundalike;

namespace {

// A folder that does not exist, so resolving finds only what absolute lines name.
const FilePath kPlaylist = "/nonexistent-soundalike-fuzz/Music/list.m3u";
const FilePath kFolder = "/nonexistent-soundalike-fuzz/Music";

void checkDocument(const M3uDocument& document, int lineCount)
{
    int previous = 0;
    for (const M3uItem& item : document.items) {
        FUZZ_CHECK(item.line > previous && item.line <= lineCount);
        FUZZ_CHECK(item.durationSeconds >= -1);
        previous = item.line;
    }
}

// Every local path the reader found, written back by M3uWriter in any path style and read again, leads to the
// same file.
void checkRoundTrip(const M3uDocument& document, M3uPathStyle style)
{
    std::vector<PlaylistFileEntry> entries;
    for (const M3uItem& item : document.items) {
        const auto candidates = item.location.candidates(kFolder, false);
        if (!candidates.empty())
            entries.push_back({RawPath::normal(candidates.front()), item.durationSeconds, item.artist,
                               item.title, item.line});
    }
    const QByteArray bytes = M3uWriter(style).render(kPlaylist, entries);
    const M3uDocument reread = M3uParser::parse(bytes);
    FUZZ_CHECK(reread.hasHeader);
    FUZZ_CHECK(reread.items.size() == entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto candidates = reread.items[i].location.candidates(kFolder, false);
        FUZZ_CHECK(!candidates.empty());
        FUZZ_CHECK(RawPath::normal(candidates.front()) == entries[i].path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const M3uDocument document = M3uParser::parse(bytes);
    checkDocument(document, int(bytes.count('\n') + bytes.count('\r')) + 1);
    const M3uReadResult result = M3uReader::resolve(document, kPlaylist);
    FUZZ_CHECK(result.entries.size() + result.missing.size() == document.items.size());
    for (const M3uPathStyle style : {M3uPathStyle::Auto, M3uPathStyle::Absolute, M3uPathStyle::Relative})
        checkRoundTrip(document, style);
    return 0;
}
