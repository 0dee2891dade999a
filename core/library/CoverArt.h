#pragma once

#include "core/common/Track.h"

#include <QByteArray>

namespace soundalike {

// Finds the cover picture of a track: the embedded picture (front cover preferred) of its format (ID3v2 APIC
// in MP3, WAV and AIFF; FLAC PICTURE blocks; METADATA_BLOCK_PICTURE in Ogg; covr in MP4), else a cover
// image file beside it (cover.jpg, folder.jpg, front.png…). Returns the encoded image bytes, empty when
// there is none. Reads the disk, so call it off the GUI thread.
class CoverArt
{
public:
    static QByteArray read(const FilePath& trackPath);
    static QByteArray embedded(const FilePath& trackPath);
    static QByteArray beside(const FilePath& trackPath);
};

} // namespace soundalike
