#include "core/library/TagReader.h"

#include "core/common/Logging.h"
#include "core/common/MpegVbrHeader.h"
#include "core/library/AudioPayload.h"
#include "core/library/FlacLength.h"
#include "core/library/PcmHeader.h"
#include "core/library/TagLibFile.h"
#include "core/library/TagNormalizer.h"

#include <QtGlobal>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

#include <taglib/audioproperties.h>
#include <taglib/mp4file.h>
#include <taglib/taglib.h>
#include <taglib/tfile.h>
#include <taglib/tpropertymap.h>

namespace soundalike {

namespace {

// Less audio than this in a WAV or AIFF that TagLib cannot describe is a header with scraps after it, not a
// song: a problem, never a track with descriptors made from nothing.
constexpr std::int64_t kShortestCutFileMs = 1000;

// An mp3 cut short (an interrupted copy) keeps the Xing or VBRI header of its whole stream, and TagLib takes
// the length from there; the audio bytes the file holds give the length it plays for.
int heldMpegMs(const FilePath& path, std::int64_t fileBytes, int statedMs)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return statedMs;
    const std::optional<MpegVbrHeader> header = MpegVbrHeader::read(fd);
    ::close(fd);
    if (!header || header->bytes <= 0)
        return statedMs;
    const std::int64_t held = std::max<std::int64_t>(0, fileBytes - header->audioStart);
    return held >= header->bytes ? statedMs : int(std::int64_t(statedMs) * held / header->bytes);
}

QString toQString(const TagLib::String& s)
{
    return QString::fromStdWString(s.toWString());
}

QString first(const TagLib::PropertyMap& tags, const char* key)
{
    const auto it = tags.find(key);
    return it == tags.end() || it->second.isEmpty() ? QString()
                                                    : TagNormalizer::cleanText(toQString(it->second.front()));
}

QStringList all(const TagLib::PropertyMap& tags, const char* key)
{
    QStringList values;
    if (const auto it = tags.find(key); it != tags.end()) {
        for (const auto& value : it->second)
            values << toQString(value);
    }
    return values;
}

void fillTags(TrackInfo& info, const TagLib::PropertyMap& tags)
{
    info.title = first(tags, "TITLE");
    info.tagsVersion = TagReader::kTagsVersion;
    info.artist = TagNormalizer::joinArtists(all(tags, "ARTIST"));
    info.albumArtist = TagNormalizer::joinArtists(all(tags, "ALBUMARTIST"));
    info.album = first(tags, "ALBUM");
    info.genres = TagNormalizer::splitGenres(all(tags, "GENRE"));
    info.year = TagNormalizer::parseYear(first(tags, "DATE"));
    if (info.year == 0)
        info.year = TagNormalizer::parseYear(first(tags, "ORIGINALDATE"));
    const auto track = TagNormalizer::parseNumberPair(first(tags, "TRACKNUMBER"));
    info.trackNumber = track.number;
    info.trackTotal = track.total;
    const auto disc = TagNormalizer::parseNumberPair(first(tags, "DISCNUMBER"));
    info.discNumber = disc.number;
    info.discTotal = disc.total;
    if (info.title.isEmpty())
        info.title = TagNormalizer::titleFromPath(info.path);
    if (info.artist.isEmpty())
        info.artist = info.albumArtist.isEmpty() ? unknownArtist() : info.albumArtist;
}

} // namespace

QString TagReader::taglibVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(TAGLIB_MAJOR_VERSION)
        .arg(TAGLIB_MINOR_VERSION)
        .arg(TAGLIB_PATCH_VERSION);
}

TagReader::Result TagReader::read(const FilePath& path, const FileStamp& stamp)
{
    if (stamp.size == 0)
        return {std::nullopt, Reason(QT_TRANSLATE_NOOP("Reason", "empty file (0 bytes)"))};
    const TagLibFile opened = TagLibFile::open(path, true);
    if (!opened.file())
        return {std::nullopt, opened.problem()};
    const QString format = opened.format().name;
    if (!opened.file()->isValid())
        return {std::nullopt,
                opened.format().format == AudioFormat::MpegAudio
                    ? Reason(QT_TRANSLATE_NOOP("Reason", "not an MP3 file: no MPEG audio frames found"))
                    : Reason(QT_TRANSLATE_NOOP("Reason", "damaged %1 file: its structure cannot be read"))
                          .arg(format)};
    TrackInfo info;
    info.path = path;
    info.stamp = stamp;
    const auto* audio = opened.file()->audioProperties();
    if (audio && audio->lengthInMilliseconds() > 0 && audio->sampleRate() > 0) {
        info.durationMs = audio->lengthInMilliseconds();
        info.bitrateKbps = audio->bitrate();
        info.sampleRate = audio->sampleRate();
        info.channels = audio->channels();
    } else if (const std::optional<std::int64_t> frames = audio && audio->sampleRate() > 0
                                                              ? countFlacFrames(path, opened.format().format)
                                                              : std::nullopt;
               frames && *frames * 1000 / audio->sampleRate() >= kShortestCutFileMs) {
        // Its stream info leaves the length unknown (a FLAC written through a pipe, an Ogg FLAC from FFmpeg).
        info.durationMs = int(*frames * 1000 / audio->sampleRate());
        info.bitrateKbps = int(std::int64_t(stamp.size) * 8 / std::max(1, info.durationMs));
        info.sampleRate = audio->sampleRate();
        info.channels = audio->channels();
    } else if (const auto pcm = readPcmHeader(path, opened.format().format);
               pcm && pcm->lengthMs() >= kShortestCutFileMs) {
        // A WAV or AIFF cut short: it plays and is analysed up to where it ends, as a cut mp3 always was.
        qCDebug(lcLibrary) << "cut short, kept with the audio it holds:" << displayPath(path);
        info.durationMs = int(pcm->lengthMs());
        info.bitrateKbps = int(std::int64_t(pcm->sampleRate) * pcm->channels * pcm->bitsPerSample / 1000);
        info.sampleRate = pcm->sampleRate;
        info.channels = pcm->channels;
    } else {
        return {std::nullopt,
                Reason(QT_TRANSLATE_NOOP("Reason",
                                         "not a playable %1: no audio stream (length, sample rate) found"))
                    .arg(format)};
    }
    if (const auto* mp4 = dynamic_cast<const TagLib::MP4::Properties*>(audio);
        mp4 && mp4->codec() == TagLib::MP4::Properties::ALAC && info.durationMs > 0) {
        // TagLib takes an ALAC file's bitrate from its header, where encoders put the uncompressed rate
        // (1,411 kbit/s for CD audio whatever it compressed to); its audio's bytes over its length are the
        // real one.
        if (const auto payload = findAudioPayload(path, AudioFormat::Mp4))
            info.bitrateKbps = int(payload->length * 8 / info.durationMs);
    }
    if (opened.format().format == AudioFormat::MpegAudio && info.durationMs > 0)
        info.durationMs = heldMpegMs(path, stamp.size, info.durationMs);
    fillTags(info, opened.file()->properties());
    info.audioSignature = audioSignature(path, opened.format().format);
    return {std::move(info), {}};
}

} // namespace soundalike
