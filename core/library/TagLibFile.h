#pragma once

#include "core/common/AudioFormat.h"
#include "core/common/Reason.h"
#include "core/common/Track.h"

#include <QString>

#include <memory>

namespace TagLib {
class File;
class FileStream;
namespace ID3v2 {
class Tag;
}
} // namespace TagLib

namespace soundalike {

// A file opened with the TagLib class of the format its content shows (TagLib 1.13 itself goes by the
// extension), or the reason it cannot be: it cannot be opened, its format is not supported, or it is not
// audio. Scanning and cover art both open files through it.
class TagLibFile
{
public:
    static TagLibFile open(const FilePath& path, bool readAudioProperties);

    TagLibFile(TagLibFile&&) noexcept;
    ~TagLibFile();

    const FormatGuess& format() const { return m_format; }
    // Empty when `file()` is there; it may still be invalid (isValid()), which the caller words.
    const Reason& problem() const { return m_problem; }
    TagLib::File* file() const { return m_file.get(); }
    // The ID3v2 tag an MP3, FLAC, WAV or AIFF file holds, or none.
    [[nodiscard]] static TagLib::ID3v2::Tag* id3v2Of(TagLib::File* file);

private:
    TagLibFile() = default;

    FormatGuess m_format;
    Reason m_problem;
    std::unique_ptr<TagLib::FileStream> m_stream; // before m_file: the file is destroyed first
    std::unique_ptr<TagLib::File> m_file;
};

} // namespace soundalike
