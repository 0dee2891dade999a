#pragma once

#include "core/service/PlaylistRequest.h"

#include <QJsonObject>

namespace soundalike {

// A playlist request as a saved playlist keeps it, so that "Regenerate" makes a fresh mix from the same
// recipe: every option but the seeds (kept as tracks, beside it) and the random seed (new for each mix).
// Readable JSON, stable keys; unknown or missing keys read as the request's defaults.
class PlaylistRecipe
{
public:
    [[nodiscard]] static QJsonObject toJson(const PlaylistRequest& request);
    [[nodiscard]] static PlaylistRequest fromJson(const QJsonObject& recipe);
};

} // namespace soundalike
