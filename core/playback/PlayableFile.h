#pragma once

#include "core/common/FilePath.h"

#include <QUrl>

namespace soundalike {

// The URL Qt Multimedia is given for a track. A name that is valid UTF-8 is its own file:// URL. A name that
// is not (Latin-1 from an old Windows disk) cannot be: QMediaPlayer turns the URL into a QString on its way
// to GStreamer (QUrl::toLocalFile, then back), so the bytes that are not UTF-8 arrive as U+FFFD and GStreamer
// looks for a file that does not exist, even when the URL percent-encodes them exactly. Such a track is
// played through a symbolic link with an ASCII name, in a folder of this process's own under the runtime
// folder, pointing at the file's raw path; the link goes when the next track is loaded or the player goes.
class PlayableFile
{
public:
    PlayableFile() = default;
    ~PlayableFile();
    PlayableFile(const PlayableFile&) = delete;
    PlayableFile& operator=(const PlayableFile&) = delete;

    QUrl urlFor(const FilePath& path);

private:
    void removeLink();

    FilePath m_link;
};

} // namespace soundalike
