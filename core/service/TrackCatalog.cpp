#include "core/service/TrackCatalog.h"

#include <algorithm>
#include <numeric>

namespace soundalike {

namespace {

// Cannot occur in a typed word, so no word matches across two fields.
constexpr QChar kSeparator = QChar(0x1f);

QString searchText(const Track& t)
{
    QStringList parts{t.title, t.artist, t.albumArtist, t.album};
    parts += t.genres;
    return parts.join(kSeparator).toCaseFolded();
}

// Sort keys folded once per track: comparing folded strings beats folding inside every comparison.
std::vector<QString> foldedKeys(const std::vector<Track>& tracks, const QString& (*field)(const Track&))
{
    std::vector<QString> keys;
    keys.reserve(tracks.size());
    for (const Track& t : tracks)
        keys.push_back(field(t).toCaseFolded());
    return keys;
}

const QString& titleOf(const Track& t)
{
    return t.title;
}
const QString& artistOf(const Track& t)
{
    return t.artist;
}
const QString& albumOf(const Track& t)
{
    return t.album;
}
const QString& firstGenreOf(const Track& t)
{
    static const QString none;
    return t.genres.isEmpty() ? none : t.genres.front();
}

template <typename Less> std::vector<int> stableSorted(std::vector<int> order, Less less)
{
    std::stable_sort(order.begin(), order.end(), less);
    return order;
}

} // namespace

TrackCatalog::TrackCatalog(std::vector<Track> tracks) : m_tracks(std::move(tracks))
{
    m_searchText.reserve(m_tracks.size());
    m_indexById.reserve(qsizetype(m_tracks.size()));
    for (int i = 0; i < size(); ++i) {
        m_searchText.push_back(searchText(m_tracks[std::size_t(i)]));
        m_indexById.insert(m_tracks[std::size_t(i)].id, i);
    }
    const std::vector<QString> artists =
        foldedKeys(m_tracks, [](const Track& t) -> const QString& { return groupArtist(t); });
    const std::vector<QString> albums = foldedKeys(m_tracks, albumOf);
    const std::vector<QString> titles = foldedKeys(m_tracks, titleOf);
    m_libraryOrder.resize(m_tracks.size());
    std::iota(m_libraryOrder.begin(), m_libraryOrder.end(), 0);
    std::sort(m_libraryOrder.begin(), m_libraryOrder.end(), [&](int a, int b) {
        const Track& x = at(a);
        const Track& y = at(b);
        const auto ua = std::size_t(a);
        const auto ub = std::size_t(b);
        if (const int c = artists[ua].compare(artists[ub]))
            return c < 0;
        if (const int c = albums[ua].compare(albums[ub]))
            return c < 0;
        if (x.discNumber != y.discNumber)
            return x.discNumber < y.discNumber;
        if (x.trackNumber != y.trackNumber)
            return x.trackNumber < y.trackNumber;
        if (const int c = titles[ua].compare(titles[ub]))
            return c < 0;
        return x.id < y.id;
    });
}

const Track* TrackCatalog::find(std::int64_t id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &at(index);
}

std::vector<int> TrackCatalog::sortedBy(TrackField field) const
{
    const auto byText = [&](const QString& (*of)(const Track&)) {
        const std::vector<QString> keys = foldedKeys(m_tracks, of);
        return stableSorted(m_libraryOrder,
                            [&](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
    };
    const auto byNumber = [&](int Track::*member) {
        return stableSorted(m_libraryOrder, [&](int a, int b) { return at(a).*member < at(b).*member; });
    };
    switch (field) {
    case TrackField::Title:
        return byText(titleOf);
    case TrackField::Artist:
        return byText(artistOf);
    case TrackField::Album:
        return byText(albumOf);
    case TrackField::Genre:
        return byText(firstGenreOf);
    case TrackField::Year:
        return byNumber(&Track::year);
    case TrackField::Duration:
        return byNumber(&Track::durationMs);
    }
    return m_libraryOrder;
}

std::vector<int> TrackCatalog::filter(const std::vector<int>& within, const QStringList& words) const
{
    if (words.isEmpty())
        return within;
    std::vector<int> matches;
    for (const int index : within) {
        const QString& text = m_searchText[std::size_t(index)];
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return text.contains(w); }))
            matches.push_back(index);
    }
    return matches;
}

QStringList TrackCatalog::searchWords(const QString& text)
{
    QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

const QString& TrackCatalog::groupArtist(const Track& track)
{
    return track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
}

} // namespace soundalike
