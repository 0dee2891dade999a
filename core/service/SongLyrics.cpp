#include "core/service/SongLyrics.h"

#include "core/common/Logging.h"
#include "core/library/LyricsReader.h"

#include <exception>

namespace soundalike {

Lyrics SongLyrics::of(const FilePath& trackPath) noexcept
{
    try {
        return LyricsReader::read(trackPath);
    } catch (const std::exception& e) {
        qCWarning(lcLibrary) << "no lyrics for" << displayPath(trackPath) << ":" << e.what();
        return {};
    }
}

} // namespace soundalike
