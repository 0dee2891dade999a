#include "core/service/MapColouring.h"

#include "core/common/Track.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace soundalike {

namespace {

// Colours that stay apart on the map's dark background and for the common colour-vision deficiencies as far
// as twelve can (Okabe-Ito's eight, then four lighter tones between them).
constexpr std::array<QRgb, 12> kPalette = {0xffe69f00, 0xff56b4e9, 0xff009e73, 0xfff0e442,
                                           0xff0072b2, 0xffd55e00, 0xffcc79a7, 0xff8fd175,
                                           0xffb8a1ff, 0xffff9d9a, 0xff00c6c6, 0xffc2a878};
constexpr QRgb kOther = 0xff8a8d93;
constexpr QRgb kUnknown = 0xff55585e;

QString titleOf(TagColouring::Field field)
{
    switch (field) {
    case TagColouring::Field::Genre:
        return QCoreApplication::translate("MapColouring", "Genre");
    case TagColouring::Field::Decade:
        return QCoreApplication::translate("MapColouring", "Decade");
    case TagColouring::Field::Artist:
        return QCoreApplication::translate("MapColouring", "Artist");
    }
    return {};
}

QString unknownLabel(TagColouring::Field field)
{
    switch (field) {
    case TagColouring::Field::Genre:
        return QCoreApplication::translate("MapColouring", "No genre");
    case TagColouring::Field::Decade:
        return QCoreApplication::translate("MapColouring", "Unknown year");
    case TagColouring::Field::Artist:
        return QCoreApplication::translate("MapColouring", "Unknown artist");
    }
    return {};
}

} // namespace

TagColouring::TagColouring(Field field, std::shared_ptr<const TrackCatalog> catalog)
    : m_field(field), m_catalog(std::move(catalog))
{}

QString TagColouring::valueOf(const Track& track) const
{
    switch (m_field) {
    case Field::Genre:
        return track.genres.isEmpty() ? QString() : track.genres.first();
    case Field::Decade:
        return track.year > 0 ? QString::number(track.year / 10 * 10) : QString();
    case Field::Artist: {
        const QString& artist = TrackCatalog::groupArtist(track);
        return isKnownArtist(artist) ? artist : QString();
    }
    }
    return {};
}

bool TagColouring::showsAnything() const
{
    for (int i = 0; m_catalog && i < m_catalog->size(); ++i) {
        if (!valueOf(m_catalog->at(i)).isEmpty())
            return true;
    }
    return false;
}

MapColours TagColouring::colour(const std::vector<MapPoint>& points) const
{
    // Count each value, give the commonest their own colour (decades in time order), the rest "Other".
    // Spellings that fold alike ("ABBA", "Abba"; "Rock", "rock") are one value, as in the library's tree,
    // shown as first met.
    std::vector<QString> values(points.size());
    QHash<QString, int> counts;
    QHash<QString, QString> shown;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Track* track = m_catalog ? m_catalog->find(points[i].id) : nullptr;
        const QString value = track ? valueOf(*track) : QString();
        values[i] = value.toCaseFolded();
        if (!values[i].isEmpty() && ++counts[values[i]] == 1)
            shown.insert(values[i], value);
    }
    std::vector<QString> ranked(counts.keyBegin(), counts.keyEnd());
    std::sort(ranked.begin(), ranked.end(), [&](const QString& a, const QString& b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    if (ranked.size() > kPalette.size())
        ranked.resize(kPalette.size());
    if (m_field == Field::Decade)
        std::sort(ranked.begin(), ranked.end());

    MapColours colours;
    colours.title = titleOf(m_field);
    QHash<QString, std::uint8_t> category;
    for (const QString& value : ranked) {
        category.insert(value, std::uint8_t(colours.legend.size()));
        const QString label =
            m_field == Field::Decade
                ? QCoreApplication::translate("MapColouring", "%1s", "a decade: 1960s").arg(value)
                : shown.value(value);
        colours.legend.push_back({label, QColor::fromRgb(kPalette[colours.legend.size()]), 0});
    }
    // "Other" and "No genre" join the legend only when some point is one: an empty entry says nothing.
    const auto other = std::uint8_t(colours.legend.size());
    if (std::size_t(counts.size()) > ranked.size())
        colours.legend.push_back(
            {QCoreApplication::translate("MapColouring", "Other"), QColor::fromRgb(kOther), 0});
    const auto unknown = std::uint8_t(colours.legend.size());
    if (std::any_of(values.begin(), values.end(), [](const QString& v) { return v.isEmpty(); }))
        colours.legend.push_back({unknownLabel(m_field), QColor::fromRgb(kUnknown), 0});
    colours.category.resize(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::uint8_t c = values[i].isEmpty() ? unknown : category.value(values[i], other);
        colours.category[i] = c;
        ++colours.legend[c].count;
    }
    return colours;
}

MapColours TempoColouring::colour(const std::vector<MapPoint>& points) const
{
    // Band edges in BPM; slow to fast, cold to hot (Okabe-Ito's blues, green, yellow, oranges).
    constexpr std::array<int, 5> kEdges = {80, 100, 120, 140, 160};
    constexpr std::array<QRgb, 6> kColours = {0xff0072b2, 0xff56b4e9, 0xff009e73,
                                              0xfff0e442, 0xffe69f00, 0xffd55e00};
    MapColours colours;
    colours.title = QCoreApplication::translate("MapColouring", "Tempo");
    for (std::size_t band = 0; band < kColours.size(); ++band) {
        const QString label =
            band == 0 ? QCoreApplication::translate("MapColouring", "Under %1 BPM").arg(kEdges.front())
            : band == kEdges.size()
                ? QCoreApplication::translate("MapColouring", "%1 BPM and faster").arg(kEdges.back())
                : QCoreApplication::translate("MapColouring", "%1–%2 BPM", "a tempo band: 80–100 BPM")
                      .arg(kEdges[band - 1])
                      .arg(kEdges[band]);
        colours.legend.push_back({label, QColor::fromRgb(kColours[band]), 0});
    }
    const auto unknown = std::uint8_t(colours.legend.size());
    colours.legend.push_back(
        {QCoreApplication::translate("MapColouring", "Unknown tempo"), QColor::fromRgb(kUnknown), 0});
    colours.category.resize(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const float bpm = points[i].tempo;
        const std::uint8_t c =
            bpm > 0 ? std::uint8_t(std::upper_bound(kEdges.begin(), kEdges.end(), int(bpm)) - kEdges.begin())
                    : unknown;
        colours.category[i] = c;
        ++colours.legend[c].count;
    }
    // Bands no track falls in (and "Unknown tempo" when every track has one) say nothing; the others keep
    // their colours.
    std::vector<std::uint8_t> renumbered(colours.legend.size());
    std::vector<MapLegendEntry> shown;
    for (std::size_t c = 0; c < colours.legend.size(); ++c) {
        renumbered[c] = std::uint8_t(shown.size());
        if (colours.legend[c].count > 0)
            shown.push_back(colours.legend[c]);
    }
    for (std::uint8_t& c : colours.category)
        c = renumbered[c];
    colours.legend = std::move(shown);
    return colours;
}

bool genresColourMap(const TrackCatalog& catalog)
{
    // A quarter: enough for the genres to colour regions of the map, not a speck here and there.
    int withGenre = 0;
    for (int i = 0; i < catalog.size(); ++i)
        withGenre += catalog.at(i).genres.isEmpty() ? 0 : 1;
    return catalog.size() > 0 && withGenre * 4 >= catalog.size();
}

std::unique_ptr<MapColouring> defaultColouring(std::shared_ptr<const TrackCatalog> catalog)
{
    if (catalog && genresColourMap(*catalog))
        return std::make_unique<TagColouring>(TagColouring::Field::Genre, std::move(catalog));
    return std::make_unique<TempoColouring>();
}

RecentPlayColouring::RecentPlayColouring(LastPlayed lastPlayed, QDateTime now)
    : m_lastPlayed(std::move(lastPlayed)), m_now(std::move(now))
{}

MapColours RecentPlayColouring::colour(const std::vector<MapPoint>& points) const
{
    MapColours colours;
    colours.title = QCoreApplication::translate("MapColouring", "Played");
    // Hot to cold: the most recent plays stand out.
    colours.legend = {
        {QCoreApplication::translate("MapColouring", "Today"), QColor::fromRgb(0xfff0e442), 0},
        {QCoreApplication::translate("MapColouring", "This week"), QColor::fromRgb(0xffe69f00), 0},
        {QCoreApplication::translate("MapColouring", "This month"), QColor::fromRgb(0xffd55e00), 0},
        {QCoreApplication::translate("MapColouring", "Earlier"), QColor::fromRgb(0xff56b4e9), 0},
        {QCoreApplication::translate("MapColouring", "Never"), QColor::fromRgb(kUnknown), 0}};
    colours.category.resize(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::optional<QDateTime> played = m_lastPlayed ? m_lastPlayed(points[i].id) : std::nullopt;
        const qint64 days = played ? played->daysTo(m_now) : -1;
        const std::uint8_t c = !played ? 4 : days < 1 ? 0 : days < 7 ? 1 : days < 30 ? 2 : 3;
        colours.category[i] = c;
        ++colours.legend[c].count;
    }
    return colours;
}

} // namespace soundalike
