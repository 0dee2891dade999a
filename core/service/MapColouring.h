#pragma once

#include "core/service/MapTypes.h"
#include "core/service/TrackCatalog.h"

#include <QColor>
#include <QDateTime>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace soundalike {

struct MapLegendEntry
{
    QString label; // translated
    QColor colour;
    int count = 0; // points of this colour
};

// Each point's colour, as an index into the legend.
struct MapColours
{
    QString title;                      // what the colours mean, translated ("Genre")
    std::vector<std::uint8_t> category; // per point, in the order of the points coloured
    std::vector<MapLegendEntry> legend;
};

// A way to colour the map. Each source of categories plugs in as one of these: tags today (genre, decade,
// artist), play history as soon as the player records it (RecentPlayColouring takes it as a function).
class MapColouring
{
public:
    virtual ~MapColouring() = default;
    [[nodiscard]] virtual MapColours colour(const std::vector<MapPoint>& points) const = 0;
};

// By a tag: the most common values get their own colours, the rest share "Other", tracks without the tag
// are "Unknown".
class TagColouring : public MapColouring
{
public:
    enum class Field
    {
        Genre, // the first genre
        Decade,
        Artist // album artist first, as the library tree files it
    };

    TagColouring(Field field, std::shared_ptr<const TrackCatalog> catalog);
    MapColours colour(const std::vector<MapPoint>& points) const override;
    // Whether some track has the tag: without, the map is one grey.
    [[nodiscard]] bool showsAnything() const;

private:
    QString valueOf(const Track& track) const;

    Field m_field;
    std::shared_ptr<const TrackCatalog> m_catalog;
};

// By the estimated tempo, in bands of 20 BPM from slow (blue) to fast (red). Every analysed track has one, so
// this is what colours the map of a library whose songs carry no genre.
class TempoColouring : public MapColouring
{
public:
    MapColours colour(const std::vector<MapPoint>& points) const override;
};

// Whether enough of the library's tracks carry a genre for a genre colouring to say something: by genre, the
// map of a library without genre tags is one grey, and the tempo colours it instead.
[[nodiscard]] bool genresColourMap(const TrackCatalog& catalog);

// What colours the map when the listener has not chosen: the genre, or the tempo where few tracks have one.
[[nodiscard]] std::unique_ptr<MapColouring> defaultColouring(std::shared_ptr<const TrackCatalog> catalog);

// By how recently each track was played: today, this week, this month, earlier, never.
class RecentPlayColouring : public MapColouring
{
public:
    // When a track was last played; nullopt when never.
    using LastPlayed = std::function<std::optional<QDateTime>(std::int64_t trackId)>;

    RecentPlayColouring(LastPlayed lastPlayed, QDateTime now);
    MapColours colour(const std::vector<MapPoint>& points) const override;

private:
    LastPlayed m_lastPlayed;
    QDateTime m_now;
};

} // namespace soundalike
