#include "core/library/CoverArt.h"

#include "core/library/SidecarFile.h"
#include "core/library/TagLibFile.h"

#include <QFile>

#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/oggfile.h>
#include <taglib/xiphcomment.h>

namespace soundalike {

namespace {

// Anything larger is not a cover but a mistake; reading it would only waste memory.
constexpr qint64 kMaxCoverBytes = 16 * 1024 * 1024;

const char* const kSidecarNames[] = {"cover", "folder", "front", "album", "albumart"};
const char* const kSidecarExtensions[] = {"jpg", "jpeg", "png"};

QByteArray bytesOf(const TagLib::ByteVector& data)
{
    return QByteArray(data.data(), qsizetype(data.size()));
}

// The front cover when there is one, else the first picture that has any bytes.
template <typename Pictures, typename IsFront, typename DataOf>
QByteArray choose(const Pictures& pictures, IsFront isFront, DataOf dataOf)
{
    QByteArray first;
    for (const auto& picture : pictures) {
        const TagLib::ByteVector data = dataOf(picture);
        if (data.isEmpty())
            continue;
        if (isFront(picture))
            return bytesOf(data);
        if (first.isEmpty())
            first = bytesOf(data);
    }
    return first;
}

QByteArray fromId3v2(const TagLib::ID3v2::Tag* tag)
{
    if (!tag)
        return {};
    std::vector<const TagLib::ID3v2::AttachedPictureFrame*> pictures;
    for (const TagLib::ID3v2::Frame* frame : tag->frameListMap()["APIC"]) {
        if (const auto* picture = dynamic_cast<const TagLib::ID3v2::AttachedPictureFrame*>(frame))
            pictures.push_back(picture);
    }
    return choose(
        pictures,
        [](const auto* picture) {
            return picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover;
        },
        [](const auto* picture) { return picture->picture(); });
}

// FLAC's PICTURE blocks, and the same blocks in Ogg's METADATA_BLOCK_PICTURE comments.
QByteArray fromFlacPictures(const TagLib::List<TagLib::FLAC::Picture*>& pictures)
{
    return choose(
        pictures, [](const auto* picture) { return picture->type() == TagLib::FLAC::Picture::FrontCover; },
        [](const auto* picture) { return picture->data(); });
}

QByteArray fromMp4(const TagLib::MP4::Tag* tag)
{
    if (!tag || !tag->contains("covr"))
        return {};
    // MP4 cover atoms carry no picture type: the first is the cover.
    return choose(
        tag->item("covr").toCoverArtList(), [](const auto&) { return true; },
        [](const auto& cover) { return cover.data(); });
}

QByteArray embeddedIn(TagLib::File* file)
{
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file)) {
        if (QByteArray bytes = fromFlacPictures(flac->pictureList()); !bytes.isEmpty())
            return bytes;
    }
    if (auto* ogg = dynamic_cast<TagLib::Ogg::File*>(file)) {
        auto* comment = dynamic_cast<TagLib::Ogg::XiphComment*>(ogg->tag());
        return comment ? fromFlacPictures(comment->pictureList()) : QByteArray();
    }
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file))
        return fromMp4(mp4->tag());
    return fromId3v2(TagLibFile::id3v2Of(file));
}

// The sidecar rank of a file name, lower is better; -1 when it is not a cover name.
int sidecarRank(const QString& fileName)
{
    const QString lower = fileName.toLower();
    const int dot = lower.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return -1;
    const QString stem = lower.left(dot);
    const QString extension = lower.mid(dot + 1);
    if (std::find_if(std::begin(kSidecarExtensions), std::end(kSidecarExtensions), [&](const char* e) {
            return extension == QLatin1String(e);
        }) == std::end(kSidecarExtensions))
        return -1;
    for (int i = 0; i < int(std::size(kSidecarNames)); ++i) {
        if (stem == QLatin1String(kSidecarNames[i]))
            return i;
    }
    // Windows Media Player's: "AlbumArt_{GUID}_Large.jpg", then its small ones.
    const int wmp = int(std::size(kSidecarNames));
    if (stem.startsWith(QLatin1String("albumart_")) && stem.endsWith(QLatin1String("_large")))
        return wmp;
    if (stem == QLatin1String("albumartsmall") ||
        (stem.startsWith(QLatin1String("albumart_")) && stem.endsWith(QLatin1String("_small"))))
        return wmp + 1;
    return -1;
}

} // namespace

QByteArray CoverArt::read(const FilePath& trackPath)
{
    QByteArray bytes = embedded(trackPath);
    return bytes.isEmpty() ? beside(trackPath) : bytes;
}

QByteArray CoverArt::embedded(const FilePath& trackPath)
{
    const TagLibFile opened = TagLibFile::open(trackPath, false);
    return opened.file() && opened.file()->isValid() ? embeddedIn(opened.file()) : QByteArray();
}

QByteArray CoverArt::beside(const FilePath& trackPath)
{
    return SidecarFile::read(
        trackPath, [](const FilePath& name) { return sidecarRank(QFile::decodeName(name.c_str())); },
        kMaxCoverBytes);
}

} // namespace soundalike
