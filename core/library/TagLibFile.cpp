#include "core/library/TagLibFile.h"

#include "core/common/FormatSniffer.h"

#include <QtGlobal>

#include <taglib/aifffile.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2framefactory.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/oggflacfile.h>
#include <taglib/opusfile.h>
#include <taglib/tfilestream.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace soundalike {

namespace {

std::unique_ptr<TagLib::File> openAs(AudioFormat format, TagLib::IOStream* stream, bool properties)
{
    constexpr auto style = TagLib::AudioProperties::Average;
    auto* frames = TagLib::ID3v2::FrameFactory::instance();
    switch (format) {
    case AudioFormat::MpegAudio:
        return std::make_unique<TagLib::MPEG::File>(stream, frames, properties, style);
    case AudioFormat::Flac:
        return std::make_unique<TagLib::FLAC::File>(stream, frames, properties, style);
    case AudioFormat::OggVorbis:
        return std::make_unique<TagLib::Ogg::Vorbis::File>(stream, properties, style);
    case AudioFormat::OggOpus:
        return std::make_unique<TagLib::Ogg::Opus::File>(stream, properties, style);
    case AudioFormat::OggFlac:
        return std::make_unique<TagLib::Ogg::FLAC::File>(stream, properties, style);
    case AudioFormat::Mp4:
        return std::make_unique<TagLib::MP4::File>(stream, properties, style);
    case AudioFormat::Wav:
        return std::make_unique<TagLib::RIFF::WAV::File>(stream, properties, style);
    case AudioFormat::Aiff:
        return std::make_unique<TagLib::RIFF::AIFF::File>(stream, properties, style);
    case AudioFormat::Unknown:
    case AudioFormat::Unsupported:
        break;
    }
    return nullptr;
}

} // namespace

TagLib::ID3v2::Tag* TagLibFile::id3v2Of(TagLib::File* file)
{
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(file))
        return mpeg->hasID3v2Tag() ? mpeg->ID3v2Tag() : nullptr;
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file))
        return flac->hasID3v2Tag() ? flac->ID3v2Tag() : nullptr;
    if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(file))
        return wav->hasID3v2Tag() ? wav->ID3v2Tag() : nullptr;
    if (auto* aiff = dynamic_cast<TagLib::RIFF::AIFF::File*>(file))
        return aiff->hasID3v2Tag() ? aiff->tag() : nullptr;
    return nullptr;
}

TagLibFile::TagLibFile(TagLibFile&&) noexcept = default;
TagLibFile::~TagLibFile() = default;

TagLibFile TagLibFile::open(const FilePath& path, bool readAudioProperties)
{
    TagLibFile opened;
    // TagLib opens unreadable files silently as invalid; opening it here first gives the real reason.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        opened.m_problem = Reason(QT_TRANSLATE_NOOP("Reason", "cannot open the file: %1"))
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return opened;
    }
    opened.m_format = FormatSniffer::sniffDescriptor(fd);
    if (opened.m_format.format == AudioFormat::Unknown)
        opened.m_format = FormatSniffer::fallbackFor(path);
    if (!opened.m_format.isSupported()) {
        ::close(fd);
        opened.m_problem =
            opened.m_format.format == AudioFormat::Unsupported
                ? Reason(QT_TRANSLATE_NOOP("Reason", "unsupported format: %1")).arg(opened.m_format.name)
                : Reason(QT_TRANSLATE_NOOP(
                      "Reason", "not an audio file: its content is in no audio format known here"));
        return opened;
    }
    // The stream takes the descriptor over and closes it.
    opened.m_stream = std::make_unique<TagLib::FileStream>(fd, true);
    opened.m_file = openAs(opened.m_format.format, opened.m_stream.get(), readAudioProperties);
    return opened;
}

} // namespace soundalike
