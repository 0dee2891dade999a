#pragma once

#include "core/common/Track.h"

#include <QDBusObjectPath>
#include <QUrl>
#include <QVariantMap>

namespace soundalike {

// A track as MPRIS2 describes it (mpris: and xesam: keys), each value in the D-Bus type the specification
// names: desktop widgets drop entries of any other type.
class MprisMetadata
{
public:
    // `lyrics` as plain text, empty when there are none.
    static QVariantMap of(const Track& track, qint64 durationMs, const QUrl& artUrl, const QString& lyrics);
    // Stable for a track, and different for every track, so SetPosition can tell whether its target still
    // plays.
    static QDBusObjectPath trackId(const Track& track);
};

} // namespace soundalike
