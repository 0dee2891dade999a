#include "core/library/TagReader.h"

#include "core/library/TagNormalizer.h"

#include <QCoreApplication>

#include <taglib/mpegfile.h>
#include <taglib/taglib.h>
#include <taglib/tpropertymap.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace soundalike {

namespace {

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

// TagLib opens unreadable files silently as invalid; asking the OS first gives the real reason.
QString openProblem(const FilePath& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QCoreApplication::translate("TagReader", "cannot open the file: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    ::close(fd);
    return {};
}

void fillTags(TrackInfo& info, const TagLib::PropertyMap& tags)
{
    info.title = first(tags, "TITLE");
    info.artist = first(tags, "ARTIST");
    info.albumArtist = first(tags, "ALBUMARTIST");
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
        return {std::nullopt, QCoreApplication::translate("TagReader", "empty file (0 bytes)")};
    if (QString problem = openProblem(path); !problem.isEmpty())
        return {std::nullopt, problem};

    TagLib::MPEG::File file(path.c_str(), true, TagLib::AudioProperties::Average);
    if (!file.isValid())
        return {std::nullopt,
                QCoreApplication::translate("TagReader", "not an MP3 file: no MPEG audio frames found")};
    const auto* audio = file.audioProperties();
    if (!audio || audio->lengthInMilliseconds() <= 0 || audio->sampleRate() <= 0)
        return {std::nullopt,
                QCoreApplication::translate(
                    "TagReader", "not a playable MP3: no audio stream (length, sample rate) found")};

    TrackInfo info;
    info.path = path;
    info.stamp = stamp;
    info.durationMs = audio->lengthInMilliseconds();
    info.bitrateKbps = audio->bitrate();
    info.sampleRate = audio->sampleRate();
    info.channels = audio->channels();
    fillTags(info, file.properties());
    return {std::move(info), {}};
}

} // namespace soundalike
