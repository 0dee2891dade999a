#include "core/service/playlists/PlaylistRecipe.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace soundalike {

namespace {

const std::pair<PlaylistOrder, QLatin1String> kOrders[] = {
    {PlaylistOrder::Similar, QLatin1String("similar")},
    {PlaylistOrder::Smooth, QLatin1String("smooth")},
    {PlaylistOrder::Path, QLatin1String("path")},
};

QLatin1String key(const char* name)
{
    return QLatin1String(name);
}

} // namespace

QJsonObject PlaylistRecipe::toJson(const PlaylistRequest& r)
{
    QJsonObject recipe{{key("count"), r.count},
                       {key("minutes"), r.minutes},
                       {key("artist_gap"), r.artistGap},
                       {key("max_per_artist"), r.maxPerArtist},
                       {key("diversity"), r.diversity},
                       {key("hub_reduction"), r.hubReduction},
                       {key("genres"), QJsonArray::fromStringList(r.filter.genres)},
                       {key("not_genres"), QJsonArray::fromStringList(r.filter.excludedGenres)},
                       {key("year_from"), r.filter.yearFrom},
                       {key("year_to"), r.filter.yearTo}};
    for (const auto& [order, name] : kOrders) {
        if (order == r.order)
            recipe.insert(key("order"), QString(name));
    }
    return recipe;
}

PlaylistRequest PlaylistRecipe::fromJson(const QJsonObject& recipe)
{
    PlaylistRequest r;
    const auto number = [&](const char* name, int fallback, int min, int max) {
        return std::clamp(recipe.value(key(name)).toInt(fallback), min, max);
    };
    r.count = number("count", r.count, 0, 100000);
    r.minutes = number("minutes", r.minutes, 0, 100000);
    if (r.count == 0 && r.minutes == 0)
        r.count = PlaylistRequest().count;
    r.artistGap = number("artist_gap", r.artistGap, 0, 1000);
    r.maxPerArtist = number("max_per_artist", r.maxPerArtist, 0, 100000);
    r.diversity = std::clamp(recipe.value(key("diversity")).toDouble(r.diversity), 0.0, 1.0);
    r.hubReduction = recipe.value(key("hub_reduction")).toBool(r.hubReduction);
    r.filter.genres = recipe.value(key("genres")).toVariant().toStringList();
    r.filter.excludedGenres = recipe.value(key("not_genres")).toVariant().toStringList();
    r.filter.yearFrom = number("year_from", 0, 0, 9999);
    r.filter.yearTo = number("year_to", 0, 0, 9999);
    const QString order = recipe.value(key("order")).toString();
    for (const auto& [value, name] : kOrders) {
        if (order == name)
            r.order = value;
    }
    return r;
}

} // namespace soundalike
