#include "tests/support/AudioFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <taglib/aifffile.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/oggflacfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>

namespace soundalike::test {

namespace {

TagLib::String tl(const QString& s)
{
    return TagLib::String(s.toUtf8().constData(), TagLib::String::UTF8);
}

QStringList ffmpegCodec(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Flac:
        return {QStringLiteral("-c:a"), QStringLiteral("flac")};
    case Encoding::OggVorbis:
        return {QStringLiteral("-c:a"), QStringLiteral("libvorbis"), QStringLiteral("-q:a"),
                QStringLiteral("4")};
    case Encoding::Opus:
        return {QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"),
                QStringLiteral("96k")};
    case Encoding::OggFlac:
        return {QStringLiteral("-c:a"), QStringLiteral("flac"), QStringLiteral("-f"), QStringLiteral("ogg")};
    case Encoding::M4aAac:
        return {QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
                QStringLiteral("128k")};
    case Encoding::M4aAlac:
        return {QStringLiteral("-c:a"), QStringLiteral("alac")};
    case Encoding::Wav:
        return {QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")};
    case Encoding::Aiff:
        return {QStringLiteral("-c:a"), QStringLiteral("pcm_s16be")};
    case Encoding::Wma:
        return {QStringLiteral("-c:a"), QStringLiteral("wmav2"), QStringLiteral("-b:a"),
                QStringLiteral("128k")};
    case Encoding::Mp3:
        break;
    }
    return {};
}

bool encodeWithFfmpeg(const QString& path, Encoding encoding, const AudioSpec& spec,
                      const std::vector<float>& samples)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral(SOUNDALIKE_FFMPEG),
                 QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                             QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("f32le"),
                             QStringLiteral("-ar"), QString::number(spec.sampleRate), QStringLiteral("-ac"),
                             QString::number(spec.channels), QStringLiteral("-i"), QStringLiteral("pipe:0"),
                             QStringLiteral("-map_metadata"), QStringLiteral("-1")} +
                     ffmpegCodec(encoding) + QStringList{QStringLiteral("-y"), path});
    if (!ffmpeg.waitForStarted())
        return false;
    ffmpeg.write(reinterpret_cast<const char*>(samples.data()), qint64(samples.size() * sizeof(float)));
    ffmpeg.closeWriteChannel();
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitStatus() != QProcess::NormalExit ||
        ffmpeg.exitCode() != 0) {
        qWarning("ffmpeg failed for %s: %s", qPrintable(path), ffmpeg.readAllStandardError().constData());
        return false;
    }
    return true;
}

TagLib::PropertyMap propertiesOf(const Tags& tags)
{
    TagLib::PropertyMap map;
    const auto put = [&](const char* key, const QStringList& values) {
        TagLib::StringList list;
        for (const QString& value : values) {
            if (!value.isEmpty())
                list.append(tl(value));
        }
        if (!list.isEmpty())
            map.insert(key, list);
    };
    put("TITLE", {tags.title});
    put("ARTIST", QStringList{tags.artist} + tags.otherArtists);
    put("ALBUMARTIST", {tags.albumArtist});
    put("ALBUM", {tags.album});
    put("GENRE", tags.genres);
    put("DATE", {tags.date});
    put("TRACKNUMBER", {tags.track});
    put("DISCNUMBER", {tags.disc});
    put("LYRICS", {tags.lyrics});
    return map;
}

TagLib::ByteVector bytes(const QByteArray& data)
{
    return TagLib::ByteVector(data.constData(), unsigned(data.size()));
}

TagLib::FLAC::Picture* flacPicture(const QByteArray& cover)
{
    auto* picture = new TagLib::FLAC::Picture;
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setMimeType("image/jpeg");
    picture->setData(bytes(cover));
    return picture;
}

void addApic(TagLib::ID3v2::Tag* tag, const QByteArray& cover)
{
    auto* picture = new TagLib::ID3v2::AttachedPictureFrame;
    picture->setMimeType("image/jpeg");
    picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    picture->setPicture(bytes(cover));
    tag->addFrame(picture);
}

template <typename OggFile> bool tagOgg(const QString& path, const Tags& tags)
{
    OggFile file(QFile::encodeName(path).constData(), false);
    if (!file.isValid())
        return false;
    file.setProperties(propertiesOf(tags));
    if (!tags.cover.isEmpty())
        file.tag()->addPicture(flacPicture(tags.cover));
    return file.save();
}

bool tagFile(const QString& path, Encoding encoding, const Tags& tags)
{
    const QByteArray name = QFile::encodeName(path);
    switch (encoding) {
    case Encoding::Flac: {
        TagLib::FLAC::File file(name.constData(), false);
        file.setProperties(propertiesOf(tags));
        if (!tags.cover.isEmpty())
            file.addPicture(flacPicture(tags.cover));
        return file.isValid() && file.save();
    }
    case Encoding::OggVorbis:
        return tagOgg<TagLib::Ogg::Vorbis::File>(path, tags);
    case Encoding::Opus:
        return tagOgg<TagLib::Ogg::Opus::File>(path, tags);
    case Encoding::OggFlac:
        return tagOgg<TagLib::Ogg::FLAC::File>(path, tags);
    case Encoding::M4aAac:
    case Encoding::M4aAlac: {
        TagLib::MP4::File file(name.constData(), false);
        file.setProperties(propertiesOf(tags));
        if (!tags.cover.isEmpty())
            file.tag()->setItem("covr", TagLib::MP4::CoverArtList().append(TagLib::MP4::CoverArt(
                                            TagLib::MP4::CoverArt::JPEG, bytes(tags.cover))));
        return file.isValid() && file.save();
    }
    case Encoding::Wav: {
        TagLib::RIFF::WAV::File file(name.constData(), false);
        file.ID3v2Tag()->setProperties(propertiesOf(tags));
        if (!tags.cover.isEmpty())
            addApic(file.ID3v2Tag(), tags.cover);
        return file.isValid() && file.save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripOthers);
    }
    case Encoding::Aiff: {
        TagLib::RIFF::AIFF::File file(name.constData(), false);
        file.tag()->setProperties(propertiesOf(tags));
        if (!tags.cover.isEmpty())
            addApic(file.tag(), tags.cover);
        return file.isValid() && file.save();
    }
    case Encoding::Wma:
        return true; // only its being there matters
    case Encoding::Mp3:
        break;
    }
    return writeTags(path, tags);
}

} // namespace

bool retagAudio(const QString& path, Encoding encoding, const Tags& tags)
{
    return tagFile(path, encoding, tags);
}

const std::vector<Encoding>& supportedEncodings()
{
    // Not Ogg FLAC: FFmpeg writes it without the stream's length, which TagLib 1.13 then cannot tell.
    static const std::vector<Encoding> all{Encoding::Mp3,  Encoding::Flac,   Encoding::OggVorbis,
                                           Encoding::Opus, Encoding::M4aAac, Encoding::M4aAlac,
                                           Encoding::Wav,  Encoding::Aiff};
    return all;
}

QString extensionOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Mp3:
        return QStringLiteral("mp3");
    case Encoding::Flac:
        return QStringLiteral("flac");
    case Encoding::OggVorbis:
        return QStringLiteral("ogg");
    case Encoding::Opus:
        return QStringLiteral("opus");
    case Encoding::OggFlac:
        return QStringLiteral("oga");
    case Encoding::M4aAac:
    case Encoding::M4aAlac:
        return QStringLiteral("m4a");
    case Encoding::Wav:
        return QStringLiteral("wav");
    case Encoding::Aiff:
        return QStringLiteral("aiff");
    case Encoding::Wma:
        return QStringLiteral("wma");
    }
    return {};
}

QString nameOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::OggFlac:
        return QStringLiteral("ogg-flac");
    case Encoding::M4aAac:
        return QStringLiteral("m4a-aac");
    case Encoding::M4aAlac:
        return QStringLiteral("m4a-alac");
    default:
        return extensionOf(encoding);
    }
}

bool writeAudio(const QString& path, Encoding encoding, const AudioSpec& spec, const Tags& tags)
{
    return writeAudio(path, encoding, spec, generate(spec), tags);
}

bool writeAudio(const QString& path, Encoding encoding, const AudioSpec& spec,
                const std::vector<float>& samples, const Tags& tags)
{
    if (encoding == Encoding::Mp3) {
        const QByteArray mp3 = encodeMp3(samples, spec.sampleRate, spec.channels, spec.bitrateKbps);
        return !mp3.isEmpty() && writeFile(path, mp3) && writeTags(path, tags);
    }
    return encodeWithFfmpeg(path, encoding, spec, samples) && tagFile(path, encoding, tags);
}

} // namespace soundalike::test
