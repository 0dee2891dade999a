#include "core/playback/PlaybackFault.h"

#include <unistd.h>

namespace soundalike {

QString PlaybackFault::ofMedium(QMediaPlayer::Error error)
{
    switch (error) {
    case QMediaPlayer::FormatError:
        return tr("its format cannot be played");
    case QMediaPlayer::AccessDeniedError:
        return tr("the file may not be read");
    default:
        return tr("it cannot be played");
    }
}

QString PlaybackFault::ofFile(const FilePath& path)
{
    if (::access(path.c_str(), F_OK) != 0)
        return tr("the file is not there");
    if (::access(path.c_str(), R_OK) != 0)
        return tr("the file may not be read");
    return {};
}

} // namespace soundalike
