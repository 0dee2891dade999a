#pragma once

#include "core/common/PlaylistEntry.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike {

// A generated playlist as the app takes it.
struct PlaylistResult
{
    std::vector<PlaylistEntry> entries;
    QStringList notes; // e.g. "artist gap relaxed: the library ran short"
    QString error;     // empty on success
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::PlaylistResult)
