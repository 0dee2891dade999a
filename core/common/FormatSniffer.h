#pragma once

#include "core/common/AudioFormat.h"
#include "core/common/FilePath.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <span>

namespace soundalike {

// Recognises audio formats by their signatures. A leading ID3v2 tag (which some tools put before any kind
// of audio) is skipped; MPEG audio, which has no signature, is recognised by two consecutive frame headers.
class FormatSniffer
{
public:
    // Reads up to `bytes.size()` bytes at `offset` into `bytes`; returns how many it read (0 past the end).
    using ReadAt = std::function<std::size_t(std::uint64_t offset, std::span<unsigned char> bytes)>;

    [[nodiscard]] static FormatGuess sniff(const ReadAt& read);
    // Reads the file's first bytes through `fd` (pread: the file position does not move).
    [[nodiscard]] static FormatGuess sniffDescriptor(int fd);
    // Opens the file; a file that cannot be opened is Unknown (callers that must say why open it themselves).
    [[nodiscard]] static FormatGuess sniffFile(const FilePath& path);
    // What the file's name promises when its content has no signature: MPEG audio for .mp3/.mp2 (libmpg123
    // and TagLib look further into a file than the sniffer for the first frame), Unknown otherwise.
    [[nodiscard]] static FormatGuess fallbackFor(const FilePath& path);
    [[nodiscard]] static QString nameOf(AudioFormat format);
};

} // namespace soundalike
