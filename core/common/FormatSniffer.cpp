#include "core/common/FormatSniffer.h"

#include "core/common/MpegFrameHeader.h"

#include <array>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace soundalike {

namespace {

// Enough for every signature below, and for the first MPEG frame after a little padding.
constexpr std::size_t kHeadBytes = 4096;
// Tools stack ID3v2 tags rarely; more than a few in a row is a crafted file, not a tag.
constexpr int kMaxId3Tags = 4;

using Bytes = std::vector<unsigned char>;

bool startsWith(const Bytes& head, std::size_t at, std::string_view magic)
{
    return head.size() >= at + magic.size() && std::memcmp(head.data() + at, magic.data(), magic.size()) == 0;
}

FormatGuess supported(AudioFormat format)
{
    return {format, FormatSniffer::nameOf(format)};
}

FormatGuess unsupported(const char* name)
{
    return {AudioFormat::Unsupported, QString::fromUtf8(name)};
}

// The size of an ID3v2 tag at the start of `head` (header, body and footer), 0 when there is none.
std::uint64_t id3v2Size(const Bytes& head)
{
    if (!startsWith(head, 0, "ID3") || head.size() < 10 || ((head[6] | head[7] | head[8] | head[9]) & 0x80))
        return 0;
    const std::uint64_t body = std::uint64_t(head[6]) << 21 | std::uint64_t(head[7]) << 14 |
                               std::uint64_t(head[8]) << 7 | std::uint64_t(head[9]);
    const bool footer = head[5] & 0x10;
    return 10 + body + (footer ? 10 : 0);
}

// An Ogg stream is named by the first packet of its first page.
FormatGuess oggCodec(const Bytes& head)
{
    if (head.size() < 27)
        return unsupported("Ogg");
    const std::size_t packet = 27 + std::size_t(head[26]);
    if (startsWith(head, packet, "\x01vorbis"))
        return supported(AudioFormat::OggVorbis);
    if (startsWith(head, packet, "OpusHead"))
        return supported(AudioFormat::OggOpus);
    if (startsWith(head, packet,
                   "\x7f"
                   "FLAC"))
        return supported(AudioFormat::OggFlac);
    if (startsWith(head, packet, "Speex   "))
        return unsupported("Speex");
    return unsupported("Ogg of an unknown codec");
}

FormatGuess mp4Brand(const Bytes& head)
{
    // Songs bought from the iTunes Store before 2009 are encrypted; no decoder here can play them.
    if (startsWith(head, 8, "M4P "))
        return unsupported("protected AAC (M4P)");
    return supported(AudioFormat::Mp4);
}

struct Signature
{
    std::size_t offset;
    std::string_view magic;
    const char* unsupportedName;
};

// Audio formats that are recognised in order to say so, not decoded.
constexpr std::array kUnsupported{
    Signature{0, "\x30\x26\xb2\x75\x8e\x66\xcf\x11", "Windows Media Audio (WMA)"},
    Signature{0, "MAC ", "Monkey's Audio (APE)"},
    Signature{0, "wvpk", "WavPack"},
    Signature{0, "MPCK", "Musepack"},
    Signature{0, "MP+", "Musepack"},
    Signature{0, "TTA1", "True Audio (TTA)"},
    Signature{0, "ajkg", "Shorten"},
    Signature{0, "MThd", "MIDI"},
    Signature{0, ".snd", "Sun audio (AU)"},
    Signature{0, "DSD ", "DSD (DSF)"},
    Signature{0, "FRM8", "DSD (DFF)"},
    Signature{0, "caff", "Core Audio Format (CAF)"},
    Signature{0, "\x1a\x45\xdf\xa3", "Matroska or WebM"},
    Signature{0, "#!AMR", "AMR"},
    Signature{0, ".RMF", "RealAudio"},
    Signature{0, ".ra\xfd", "RealAudio"},
    Signature{0, "RF64", "RF64 (64-bit WAV)"},
    Signature{0, "riff\x2e\x91\xcf\x11", "Wave64"},
    // Raw streams, as films' soundtracks are extracted: the sync words of their frames.
    Signature{0, "\x0b\x77", "AC-3 (Dolby Digital)"},
    Signature{0, "\x7f\xfe\x80\x01", "DTS"},
};

FormatGuess bySignature(const Bytes& head)
{
    if (startsWith(head, 0, "fLaC"))
        return supported(AudioFormat::Flac);
    if (startsWith(head, 0, "OggS"))
        return oggCodec(head);
    if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE"))
        return supported(AudioFormat::Wav);
    if (startsWith(head, 0, "FORM") && (startsWith(head, 8, "AIFF") || startsWith(head, 8, "AIFC")))
        return supported(AudioFormat::Aiff);
    if (startsWith(head, 4, "ftyp"))
        return mp4Brand(head);
    for (const Signature& signature : kUnsupported) {
        if (startsWith(head, signature.offset, signature.magic))
            return unsupported(signature.unsupportedName);
    }
    // ADTS shares MPEG audio's sync word but has layer bits 00, which MPEG audio never uses.
    if (head.size() >= 2 && head[0] == 0xff && (head[1] & 0xf6) == 0xf0)
        return unsupported("AAC without a container (ADTS)");
    return {};
}

Bytes readHead(const FormatSniffer::ReadAt& read, std::uint64_t offset)
{
    Bytes head(kHeadBytes);
    head.resize(read(offset, head));
    return head;
}

} // namespace

FormatGuess FormatSniffer::sniff(const ReadAt& read)
{
    std::uint64_t offset = 0;
    Bytes head = readHead(read, offset);
    bool tagged = false;
    for (int tags = 0; tags < kMaxId3Tags; ++tags) {
        const std::uint64_t tagSize = id3v2Size(head);
        if (tagSize == 0)
            break;
        tagged = true;
        offset += tagSize;
        head = readHead(read, offset);
    }
    if (FormatGuess guess = bySignature(head); guess.format != AudioFormat::Unknown)
        return guess;
    if (MpegFrameHeader::findStream(
            head, [&](std::uint64_t at, std::span<unsigned char> bytes) { return read(offset + at, bytes); }))
        return supported(AudioFormat::MpegAudio);
    // ID3v2 is the mp3 tag: what follows one is MPEG audio, or damaged MPEG audio, in practice.
    return tagged ? supported(AudioFormat::MpegAudio) : FormatGuess{};
}

FormatGuess FormatSniffer::sniffDescriptor(int fd)
{
    return sniff([fd](std::uint64_t offset, std::span<unsigned char> bytes) -> std::size_t {
        const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), off_t(offset));
        return got > 0 ? std::size_t(got) : 0;
    });
}

FormatGuess FormatSniffer::sniffFile(const FilePath& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    FormatGuess guess = sniffDescriptor(fd);
    ::close(fd);
    return guess;
}

FormatGuess FormatSniffer::fallbackFor(const FilePath& path)
{
    const std::size_t dot = path.rfind('.');
    const std::size_t slash = path.rfind('/');
    if (dot == FilePath::npos || (slash != FilePath::npos && dot < slash))
        return {};
    const QString extension = QString::fromLatin1(path.substr(dot + 1)).toLower();
    if (extension == QLatin1String("mp3") || extension == QLatin1String("mp2"))
        return supported(AudioFormat::MpegAudio);
    return {};
}

QString FormatSniffer::nameOf(AudioFormat format)
{
    switch (format) {
    case AudioFormat::MpegAudio:
        return QStringLiteral("MP3");
    case AudioFormat::Flac:
        return QStringLiteral("FLAC");
    case AudioFormat::OggVorbis:
        return QStringLiteral("Ogg Vorbis");
    case AudioFormat::OggOpus:
        return QStringLiteral("Opus");
    case AudioFormat::OggFlac:
        return QStringLiteral("Ogg FLAC");
    case AudioFormat::Mp4:
        return QStringLiteral("MP4 audio");
    case AudioFormat::Wav:
        return QStringLiteral("WAV");
    case AudioFormat::Aiff:
        return QStringLiteral("AIFF");
    case AudioFormat::Unknown:
    case AudioFormat::Unsupported:
        break;
    }
    return {};
}

} // namespace soundalike
