#pragma once

#include "core/common/FilePath.h"

#include <QCoreApplication>
#include <QMediaPlayer>
#include <QString>

namespace soundalike {

// Why a track could not be played, in the listener's language: Qt Multimedia's own error text is English and
// names GStreamer's internals.
class PlaybackFault
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackFault)

public:
    [[nodiscard]] static QString ofMedium(QMediaPlayer::Error error);
    // What keeps the file from being played (gone, or not readable), or empty when it is there to be read.
    [[nodiscard]] static QString ofFile(const FilePath& path);
};

} // namespace soundalike
