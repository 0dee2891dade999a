#pragma once

#include "core/common/DurationText.h"
#include "core/common/Track.h"

#include <QJsonObject>
#include <QString>

namespace soundalike::cli {

QJsonObject trackJson(const Track& track);
// One line: "id  Artist — Title  (Album, Year)  [genres]  m:ss"
QString trackLine(const Track& track);

} // namespace soundalike::cli
