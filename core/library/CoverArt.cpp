#include "core/library/CoverArt.h"

#include "core/common/RawFile.h"
#include "core/common/RawPath.h"

#include <QFile>

#include <dirent.h>

#include <taglib/attachedpictureframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

namespace soundalike {

namespace {

// Anything larger is not a cover but a mistake; reading it would only waste memory.
constexpr qint64 kMaxCoverBytes = 16 * 1024 * 1024;

const char* const kSidecarNames[] = {"cover", "folder", "front", "album", "albumart"};
const char* const kSidecarExtensions[] = {"jpg", "jpeg", "png"};

QByteArray pictureBytes(const TagLib::ID3v2::AttachedPictureFrame& frame)
{
    const TagLib::ByteVector data = frame.picture();
    return QByteArray(data.data(), qsizetype(data.size()));
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
    TagLib::MPEG::File file(trackPath.c_str(), false);
    if (!file.isValid() || !file.hasID3v2Tag())
        return {};
    const TagLib::ID3v2::FrameList frames = file.ID3v2Tag()->frameListMap()["APIC"];
    const TagLib::ID3v2::AttachedPictureFrame* chosen = nullptr;
    for (const TagLib::ID3v2::Frame* frame : frames) {
        const auto* picture = dynamic_cast<const TagLib::ID3v2::AttachedPictureFrame*>(frame);
        if (!picture || picture->picture().isEmpty())
            continue;
        if (picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover)
            return pictureBytes(*picture);
        if (!chosen)
            chosen = picture;
    }
    return chosen ? pictureBytes(*chosen) : QByteArray();
}

QByteArray CoverArt::beside(const FilePath& trackPath)
{
    // The folder is listed instead of probing names, so "Cover.JPG" is found on a case-sensitive disk. Raw
    // bytes throughout: a folder whose name is not UTF-8 has covers too.
    const FilePath folder = RawPath::parentFolder(trackPath);
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return {};
    FilePath best;
    int bestRank = -1;
    while (const dirent* entry = ::readdir(dir)) {
        const int rank = sidecarRank(QFile::decodeName(entry->d_name));
        if (rank >= 0 && (bestRank < 0 || rank < bestRank)) {
            best = entry->d_name;
            bestRank = rank;
        }
    }
    ::closedir(dir);
    if (best.empty())
        return {};
    try {
        return RawFile::read(folder + '/' + best, kMaxCoverBytes);
    } catch (const std::exception&) {
        return {}; // unreadable or too large: no cover, as with none
    }
}

} // namespace soundalike
