#pragma once

#include "core/common/Track.h"

#include <QCoreApplication>
#include <QString>

namespace soundalike {

// An artist as the interface shows it. The library stores tracks that name none under the English
// placeholder (searches and similarity rely on it); the user reads it in their language.
inline QString artistText(const QString& artist)
{
    return artist == unknownArtist() ? QCoreApplication::translate("ArtistText", "Unknown artist") : artist;
}

} // namespace soundalike
